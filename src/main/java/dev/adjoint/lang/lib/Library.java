package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.DataLoader;
import dev.adjoint.data.Mnist;
import dev.adjoint.files.ScriptFolder;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.BatchNorm1d;
import dev.adjoint.nn.Dropout;
import dev.adjoint.nn.Flatten;
import dev.adjoint.nn.Identity;
import dev.adjoint.nn.LayerNorm1d;
import dev.adjoint.nn.Linear;
import dev.adjoint.nn.Module;
import dev.adjoint.nn.ReLU;
import dev.adjoint.nn.Residual;
import dev.adjoint.nn.Sequential;
import dev.adjoint.nn.Sigmoid;
import dev.adjoint.nn.SoftmaxLoss;
import dev.adjoint.nn.Tanh;
import dev.adjoint.nn.init.Init;
import dev.adjoint.optim.Adam;
import dev.adjoint.optim.SGD;
import dev.adjoint.random.NumpyRandom;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * needle's library in the language, under its own names: nn (modules), optim (optimizers), init
 * (initializers) and data (MNIST, DataLoader). Random draws use the session's generator, so
 * seed(n) makes a model's initial weights reproducible.
 */
public final class Library {
    private Library() {}

    /** The names {@link #register} puts in the table of builtins, in its order (known before it runs: see lang.BuiltinTable). */
    public static final List<String> NAMES = List.of("nn", "optim", "init", "data", "mnist", "DataLoader", "Dataset", "progress");

    public static void register(Map<String, Object> table) {
        Namespace nn = new Namespace("nn")
                .add(Builtin.of("Linear", a -> {
                    a.expect(2, 3, "bias");
                    return module(new Linear(a.integer(0), a.integer(1), a.bool(2, "bias", true), rng(a)));
                }))
                .add(Builtin.of("ReLU", a -> module(a, new ReLU())))
                .add(Builtin.of("Tanh", a -> module(a, new Tanh())))
                .add(Builtin.of("Sigmoid", a -> module(a, new Sigmoid())))
                .add(Builtin.of("Identity", a -> module(a, new Identity())))
                .add(Builtin.of("Flatten", a -> module(a, new Flatten())))
                .add(Builtin.of("SoftmaxLoss", a -> module(a, new SoftmaxLoss())))
                .add(Builtin.of("Sequential", a -> {
                    List<Module> parts = new ArrayList<>();
                    for (int i = 0; i < a.size(); i++) parts.add(moduleArg(a, i));
                    return module(new Sequential(parts));
                }))
                .add(Builtin.of("Residual", a -> module(new Residual(moduleArg(a.expect(1, 1), 0)))))
                .add(Builtin.of("BatchNorm1d", a -> {
                    a.expect(1, 3, "eps", "momentum");
                    return module(new BatchNorm1d(a.integer(0), a.number(1, "eps", 1e-5), a.number(2, "momentum", 0.1)));
                }))
                .add(Builtin.of("LayerNorm1d", a -> {
                    a.expect(1, 2, "eps");
                    return module(new LayerNorm1d(a.integer(0), a.number(1, "eps", 1e-5)));
                }))
                .add(Builtin.of("Dropout", a -> {
                    a.expect(0, 1, "p");
                    return module(new Dropout(a.number(0, "p", 0.5), rng(a)));
                }))
                .add("Module", NeedleClasses.MODULE) // for class Net(nn.Module)
                .add(Builtin.of("Parameter", a -> NeedleClasses.parameter(a.expect(1, 1))));
        Namespace optim = new Namespace("optim")
                .add("Optimizer", NeedleClasses.OPTIMIZER) // for class SGD(optim.Optimizer), hw2's own optimizers
                .add(Builtin.of("SGD", a -> {
                    a.expect(1, 5, "lr", "momentum", "weight_decay", "form");
                    Object form = a.option(4, "form", "needle");
                    if (!(form instanceof String f)) throw a.error("form must be \"needle\" or \"pytorch\"");
                    SGD.Form parsed;
                    try {
                        parsed = SGD.Form.parse(f);
                    } catch (IllegalArgumentException e) {
                        throw a.error(e.getMessage());
                    }
                    return new OptimizerValue(new SGD(params(a), a.number(1, "lr", 0.01), a.number(2, "momentum", 0), a.number(3, "weight_decay", 0), parsed));
                }))
                .add(Builtin.of("Adam", a -> {
                    a.expect(1, 6, "lr", "beta1", "beta2", "eps", "weight_decay");
                    return new OptimizerValue(new Adam(params(a), a.number(1, "lr", 0.01), a.number(2, "beta1", 0.9),
                            a.number(3, "beta2", 0.999), a.number(4, "eps", 1e-8), a.number(5, "weight_decay", 0)));
                }));
        Namespace init = new Namespace("init")
                .add(Builtin.constructor("xavier_uniform", a -> {
                    a.expect(2, 3, "gain");
                    return Init.xavierUniform(rng(a), a.integer(0), a.integer(1), a.number(2, "gain", 1));
                }))
                .add(Builtin.constructor("xavier_normal", a -> {
                    a.expect(2, 3, "gain");
                    return Init.xavierNormal(rng(a), a.integer(0), a.integer(1), a.number(2, "gain", 1));
                }))
                .add(Builtin.constructor("kaiming_uniform", a -> {
                    a.expect(2, 3, "nonlinearity");
                    return Init.kaimingUniform(rng(a), a.integer(0), a.integer(1), text(a, 2, "nonlinearity", "relu"));
                }))
                .add(Builtin.constructor("kaiming_normal", a -> {
                    a.expect(2, 3, "nonlinearity");
                    return Init.kaimingNormal(rng(a), a.integer(0), a.integer(1), text(a, 2, "nonlinearity", "relu"));
                }));
        Builtin mnist = Builtin.of("mnist", a -> {
            a.expect(0, 2);
            if (a.size() == 1) throw a.error("give both files, mnist(images_gz, labels_gz), or none: mnist() is the test set shipped with adjoint");
            try {
                if (a.size() == 0) return new DataValues.DatasetValue(Mnist.bundled()); // the 10,000 test images in the jar
                // in a script, relative names are the script's folder's
                return new DataValues.DatasetValue(Mnist.load(ScriptFolder.resolve(text(a, 0, "images", null)), ScriptFolder.resolve(text(a, 1, "labels", null))));
            } catch (IOException e) { // a file that cannot be read as MNIST: Python's OSError, naming the file
                throw new dev.adjoint.lang.PyError("OSError", e.getMessage());
            }
        });
        Builtin loader = Builtin.of("DataLoader", a -> {
            a.expect(1, 4, "batch_size", "shuffle", "seed");
            if (!(a.get(0) instanceof DataValues.DatasetValue ds)) // a Dataset subclass: its items fetched one by one and stacked
                return NeedleClasses.loaderOver(a, a.get(0), a.option(1, "batch_size", 1L), a.bool(2, "shuffle", false));
            int batch = a.integer(1, "batch_size", 1);
            if (batch < 1) throw a.error("batch_size must be at least 1");
            boolean shuffle = a.bool(2, "shuffle", false);
            Object seed = a.option(3, "seed", null);
            NumpyRandom r = seed == null ? rng(a) : new NumpyRandom(a.intValue(seed, "seed"));
            return new DataValues.LoaderValue(new DataLoader(ds.dataset, batch, shuffle, r));
        });
        Builtin dataset = Builtin.of("Dataset", a -> {
            a.expect(1, 2);
            List<dev.adjoint.ndarray.NDArray> fields = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) fields.add(a.tensor(i).value());
            try {
                return new DataValues.DatasetValue(new ArrayDataset(fields.toArray(new dev.adjoint.ndarray.NDArray[0])));
            } catch (IllegalArgumentException e) {
                throw a.error(e.getMessage());
            }
        });
        Builtin progress = Builtin.of("progress", a -> {
            a.expect(1, 2, "desc");
            Object v = a.get(0);
            Object desc = a.option(1, "desc", "progress"); // adjoint's own bar names itself; tqdm's shows no label without desc
            if (!(desc instanceof String label)) throw a.error("desc must be a string");
            if (v instanceof Iterable<?> it && v instanceof dev.adjoint.lang.Sized z)
                return new ProgressValue(it, z.length(), label, a.interpreter().printer());
            List<Object> items;
            try {
                items = Values.items(v);
            } catch (IllegalArgumentException e) {
                throw a.error(e.getMessage());
            }
            return new ProgressValue(items, items.size(), label, a.interpreter().printer());
        });
        dev.adjoint.lang.PyClass datasetClass = NeedleClasses.dataset(dataset); // Dataset(X, y), and a base for class DS(data.Dataset)
        Namespace data = new Namespace("data").add(mnist).add(loader).add("Dataset", datasetClass);
        table.put("nn", nn);
        table.put("optim", optim);
        table.put("init", init);
        table.put("data", data);
        table.put("mnist", mnist);
        table.put("DataLoader", loader);
        table.put("Dataset", datasetClass);
        table.put("progress", progress);
    }

    /**
     * The library's modules for import: needle (its nn, optim, init, data and ops, and Tensor,
     * under needle's names) and its submodules. torch registers its own here.
     */
    public static void modules(Map<String, java.util.function.Supplier<dev.adjoint.lang.PyModule>> registry) {
        Torch.register(registry);
        dev.adjoint.lang.lib.numpy.Numpy.register(registry);
        registry.put("needle", () -> {
            dev.adjoint.lang.PyModule m = new dev.adjoint.lang.PyModule("needle");
            m.add("Tensor", NeedleTensor.CLASS);
            m.add(Builtin.of("cpu", a -> "cpu")); // needle's device, for device=ndl.cpu(): adjoint computes on the CPU only
            for (Builtin op : Needle.ops()) m.add(op.name(), op); // needle's __init__: from .ops import *
            NeedleOpClasses.addTo(m);
            dev.adjoint.lang.PyModule init = NeedleInit.module(); // and from .init import ones, zeros, zeros_like, ones_like
            for (String name : List.of("ones", "zeros", "zeros_like", "ones_like")) m.add(name, init.attribute(name));
            return m;
        });
        registry.put("needle.ops", Needle::opsModule);
        registry.put("needle.autograd", Needle::autogradModule);
        registry.put("needle.init", NeedleInit::module);
        registry.put("needle.data", () -> NeedleData.module((dev.adjoint.lang.PyClass) ((Namespace) dev.adjoint.lang.Builtins.table().get("data")).attribute("Dataset")));
        for (String name : List.of("nn", "optim"))
            registry.put("needle." + name, () -> {
                Namespace ns = (Namespace) dev.adjoint.lang.Builtins.table().get(name);
                dev.adjoint.lang.PyModule m = new dev.adjoint.lang.PyModule("needle." + name);
                for (String member : ns.attributeNames()) m.add(member, name.equals("nn") ? needleLayer(ns.attribute(member)) : ns.attribute(member));
                return m;
            });
    }

    /**
     * A layer constructor of needle.nn: the layer of the shared nn, whose parameters are needle
     * tensors of needle's default type, float32 (needle's text and attributes, as
     * ndl.nn.Linear(2, 3).weight is in needle).
     */
    private static Object needleLayer(Object member) {
        if (!(member instanceof Builtin b)) return member; // Module, a class to subclass
        boolean typed = List.of("Linear", "BatchNorm1d", "LayerNorm1d").contains(b.name()); // needle's take device=None, dtype="float32"
        return Builtin.of(b.name(), a -> {
            Map<String, Object> keywords = new java.util.LinkedHashMap<>(a.keywords());
            boolean float32 = true;
            if (typed) {
                keywords.remove("device");
                if (keywords.containsKey("dtype")) {
                    Object dtype = keywords.remove("dtype");
                    if (!dev.adjoint.lang.lib.numpy.Numpy.namesFloat(dtype)) throw a.error("dtype must be float32 or float64 (adjoint's needle tensors hold floats)");
                    float32 = dev.adjoint.lang.lib.numpy.Numpy.namesFloat32(dtype);
                }
            }
            Object made = b.call(a.interpreter(), a.positional(), keywords, a.span());
            if (made instanceof ModuleValue layer) for (Tensor p : layer.module().parameters()) p.markNeedle(float32);
            return made;
        });
    }

    private static ModuleValue module(Module m) {
        return new ModuleValue(m);
    }

    private static ModuleValue module(Args a, Module m) {
        a.expect(0, 0);
        return new ModuleValue(m);
    }

    private static Module moduleArg(Args a, int i) {
        if (a.get(i) instanceof ModuleValue m) return m.module();
        if (a.get(i) instanceof dev.adjoint.lang.PyInstance u && u.pyClass().isSubclassOf(NeedleClasses.MODULE)) return new InstanceModule(u, a.interpreter());
        throw a.error("argument " + (i + 1) + " must be a module such as nn.Linear(2, 3), not " + Values.typeName(a.get(i)));
    }

    /** Parameters from a list of tensors (model.parameters()). */
    private static List<Tensor> params(Args a) {
        Object v = a.get(0);
        if (!(v instanceof List<?> l)) throw a.error("needs the parameters to optimise, e.g. model.parameters()");
        List<Tensor> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof Tensor t) || !t.isLeaf() || !t.requiresGrad())
                throw a.error("can only optimise leaf tensors that require grad, got " + Values.typeName(o));
            out.add(t);
        }
        return out;
    }

    private static String text(Args a, int index, String name, String absent) {
        Object v = a.option(index, name, absent);
        if (!(v instanceof String s)) throw a.error(name + " must be a string");
        return s;
    }

    private static NumpyRandom rng(Args a) {
        return a.interpreter().random();
    }
}
