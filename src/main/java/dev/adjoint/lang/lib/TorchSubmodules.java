package dev.adjoint.lang.lib;

import dev.adjoint.lang.Modules;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The files of PyTorch's packages that tutorials import from ({@code from
 * torch.utils.data.sampler import SubsetRandomSampler}, {@code torch.distributions.normal},
 * {@code torch.nn.modules.loss._Loss}, {@code torch.optim.optimizer}): each a submodule holding its
 * package's own classes whose {@code __module__} it is (so {@code data.sampler.SubsetRandomSampler
 * is data.SubsetRandomSampler}), plus the functions PyTorch defines there.
 */
final class TorchSubmodules {
    private TorchSubmodules() {}

    /** torch.nn's classes by the file of torch/nn/modules that defines them in PyTorch 1.13 (their __module__, shown in their repr). */
    private static final String[][] NN_FILES = {
        {"activation", "CELU ELU GELU GLU Hardshrink Hardsigmoid Hardswish Hardtanh LeakyReLU LogSigmoid LogSoftmax Mish MultiheadAttention PReLU RReLU"
                + " ReLU ReLU6 SELU SiLU Sigmoid Softmax Softmax2d Softmin Softplus Softshrink Softsign Tanh Tanhshrink Threshold"},
        {"adaptive", "AdaptiveLogSoftmaxWithLoss"},
        {"batchnorm", "BatchNorm1d BatchNorm2d BatchNorm3d LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d SyncBatchNorm"},
        {"channelshuffle", "ChannelShuffle"},
        {"container", "Container ModuleDict ModuleList ParameterDict ParameterList Sequential"},
        {"conv", "Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d LazyConv1d LazyConv2d LazyConv3d LazyConvTranspose1d"
                + " LazyConvTranspose2d LazyConvTranspose3d"},
        {"distance", "CosineSimilarity PairwiseDistance"},
        {"dropout", "AlphaDropout Dropout Dropout1d Dropout2d Dropout3d FeatureAlphaDropout"},
        {"flatten", "Flatten Unflatten"},
        {"fold", "Fold Unfold"},
        {"instancenorm", "InstanceNorm1d InstanceNorm2d InstanceNorm3d"},
        {"linear", "Bilinear Identity LazyLinear Linear"},
        {"loss", "_Loss _WeightedLoss BCELoss BCEWithLogitsLoss CTCLoss CosineEmbeddingLoss CrossEntropyLoss GaussianNLLLoss HingeEmbeddingLoss HuberLoss"
                + " KLDivLoss L1Loss MSELoss MarginRankingLoss MultiLabelMarginLoss MultiLabelSoftMarginLoss MultiMarginLoss NLLLoss PoissonNLLLoss"
                + " SmoothL1Loss SoftMarginLoss TripletMarginLoss TripletMarginWithDistanceLoss"},
        {"module", "Module"},
        {"normalization", "CrossMapLRN2d GroupNorm LayerNorm LocalResponseNorm"},
        {"padding", "ConstantPad1d ConstantPad2d ConstantPad3d ReflectionPad1d ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d"
                + " ReplicationPad3d ZeroPad2d"},
        {"pixelshuffle", "PixelShuffle PixelUnshuffle"},
        {"pooling", "AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d AdaptiveMaxPool1d AdaptiveMaxPool2d AdaptiveMaxPool3d AvgPool1d AvgPool2d"
                + " AvgPool3d FractionalMaxPool2d FractionalMaxPool3d LPPool1d LPPool2d MaxPool1d MaxPool2d MaxPool3d MaxUnpool1d MaxUnpool2d MaxUnpool3d"},
        {"rnn", "GRU GRUCell LSTM LSTMCell RNN RNNBase RNNCell RNNCellBase"},
        {"sparse", "Embedding EmbeddingBag"},
        {"transformer", "Transformer TransformerDecoder TransformerDecoderLayer TransformerEncoder TransformerEncoderLayer"},
        {"upsampling", "Upsample UpsamplingBilinear2d UpsamplingNearest2d"},
    };

    private static final Map<String, String> NN_FILE_OF = new HashMap<>();

    static {
        for (String[] f : NN_FILES) for (String c : f[1].split(" ")) NN_FILE_OF.put(c, "torch.nn.modules." + f[0]);
    }

    /** The __module__ of torch.nn's class of that name: its file under torch.nn.modules. */
    static String nnModuleOf(String className) {
        return NN_FILE_OF.getOrDefault(className, "torch.nn.modules");
    }

    /** torch.distributions' files: one for each distribution class, named as in PyTorch (one_hot_categorical, studentT). */
    private static final List<String> DISTRIBUTION_FILES = List.of("distribution", "exp_family", "normal", "bernoulli", "categorical", "uniform",
            "multinomial", "gamma", "beta", "dirichlet", "exponential", "poisson", "one_hot_categorical", "independent", "laplace", "log_normal",
            "geometric", "binomial", "transformed_distribution", "multivariate_normal", "chi2", "studentT");

    private static final List<String> OPTIMIZER_FILES = List.of("optimizer", "sgd", "adam", "adamw", "rmsprop", "adagrad", "adadelta", "adamax",
            "nadam", "radam", "asgd", "rprop", "lbfgs");

    /** Adds the submodules to import's registry (a package's import loads them and binds them as its attributes). */
    static void register(Map<String, Supplier<PyModule>> registry) {
        add(registry, "torch.utils.data.sampler");
        add(registry, "torch.utils.data.dataset", List.of(), "random_split");
        add(registry, "torch.utils.data.dataloader", List.of(), "default_collate", "default_convert", "get_worker_info");
        add(registry, "torch.utils.data._utils", List.of(), "default_collate", "default_convert"); // the two its collate module defines
        add(registry, "torch.utils.data._utils.collate", List.of(), "default_collate", "default_convert");
        add(registry, "torch.nn.parameter");
        for (String f : DISTRIBUTION_FILES) add(registry, "torch.distributions." + f);
        add(registry, "torch.nn.modules");
        for (String[] f : NN_FILES)
            if (f[0].equals("loss")) add(registry, "torch.nn.modules.loss", List.of(TorchNn.LOSS, TorchNn.WEIGHTED_LOSS)); // classes torch.nn leaves out
            else add(registry, "torch.nn.modules." + f[0]);
        for (String f : OPTIMIZER_FILES) add(registry, "torch.optim." + f);
    }

    /**
     * The submodule {@code name} of its package: its {@code own} classes (those the package leaves
     * out), the package's classes defined in it or in a file under it (their __module__), then the
     * package's members named {@code functions}.
     */
    private static void add(Map<String, Supplier<PyModule>> registry, String name) {
        add(registry, name, List.of());
    }

    private static void add(Map<String, Supplier<PyModule>> registry, String name, List<PyClass> own, String... functions) {
        registry.put(name, new Modules.FromParent(name.substring(0, name.lastIndexOf('.')), parent -> {
            PyModule m = new PyModule(name);
            for (PyClass c : own) m.add(c.name(), c);
            for (Map.Entry<String, Object> e : parent.members().entrySet())
                if (e.getValue() instanceof PyClass c && (c.module().equals(name) || c.module().startsWith(name + "."))) m.add(e.getKey(), c);
            for (String f : functions) m.add(f, parent.attribute(f));
            return m;
        }));
    }
}
