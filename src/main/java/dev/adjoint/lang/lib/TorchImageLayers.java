package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.AdaptiveAvgPool3d;
import dev.adjoint.autograd.op.AntialiasedResampling;
import dev.adjoint.autograd.op.Convolution;
import dev.adjoint.autograd.op.Normalization;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.autograd.op.Resampling;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * torch.nn's layers over the channels and pixels of images (N, C, H, W): GroupNorm, InstanceNorm1d/2d,
 * LocalResponseNorm, Dropout1d, Dropout2d,
 * PixelShuffle / PixelUnshuffle and Upsample, with their torch.nn.functional forms (group_norm, instance_norm, local_response_norm, dropout1d,
 * dropout2d, pixel_shuffle, pixel_unshuffle, interpolate), PyTorch 1.13's arguments, reprs and
 * messages; the engine's {@link Normalization} and {@link Resampling} compute.
 */
final class TorchImageLayers {
    private TorchImageLayers() {}

    static void addLayers(PyModule m) {
        m.add("GroupNorm", TorchNn.layer("GroupNorm", a -> {
            a.expect(0, 6, "num_groups", "num_channels", "eps", "affine", "device", "dtype");
            TorchNn.requireArguments(a, "GroupNorm", "num_groups", "num_channels");
            PyInstance self = TorchNn.instance(a);
            int groups = a.intValue(a.option(0, "num_groups", null), "num_groups"), channels = a.intValue(a.option(1, "num_channels", null), "num_channels");
            if (channels % groups != 0) throw PyError.value("num_channels must be divisible by num_groups");
            boolean affine = a.bool(3, "affine", true);
            self.setOwn("num_groups", (long) groups);
            self.setOwn("num_channels", (long) channels);
            self.setOwn("eps", Values.plain(a.option(2, "eps", 1e-5)));
            self.setOwn("affine", affine);
            self.setOwn("weight", affine ? Parameter.of(NDArray.ones(channels)).asksFloat64(Torch.asksFloat64(a)) : null);
            self.setOwn("bias", affine ? Parameter.of(NDArray.zeros(channels)).asksFloat64(Torch.asksFloat64(a)) : null);
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(1, 1, "input"));
            return groupNorm(TorchArgs.tensor(a, a.get(0)), a.intValue(self.own("num_groups"), "num_groups"), self.own("weight"), self.own("bias"),
                    a.number(self.own("eps"), "eps"));
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            return self.own("num_groups") + ", " + self.own("num_channels") + ", eps=" + Repr.repr(self.own("eps")) + ", affine=" + Repr.repr(self.own("affine"));
        }));
        for (int dims = 1; dims <= 2; dims++) m.add("InstanceNorm" + dims + "d", instanceNormLayer(dims));
        m.add("LocalResponseNorm", TorchNn.layer("LocalResponseNorm", a -> { // (size, alpha=1e-4, beta=0.75, k=1.0)
            a.expect(0, 4, "size", "alpha", "beta", "k");
            TorchNn.requireArguments(a, "LocalResponseNorm", "size");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("size", Values.plain(a.option(0, "size", null)));
            self.setOwn("alpha", Values.plain(a.option(1, "alpha", 1e-4)));
            self.setOwn("beta", Values.plain(a.option(2, "beta", 0.75)));
            self.setOwn("k", Values.plain(a.option(3, "k", 1.0)));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(1, 1, "input"));
            return localResponseNorm(TorchArgs.tensor(a, a.get(0)), a.intValue(self.own("size"), "size"), a.number(self.own("alpha"), "alpha"),
                    a.number(self.own("beta"), "beta"), a.number(self.own("k"), "k"));
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            return self.own("size") + ", alpha=" + Repr.repr(self.own("alpha")) + ", beta=" + Repr.repr(self.own("beta")) + ", k=" + Repr.repr(self.own("k"));
        }));
        m.add("Dropout1d", featureDropoutLayer("Dropout1d", TorchImageLayers::dropout1d));
        m.add("Dropout2d", featureDropoutLayer("Dropout2d", TorchImageLayers::dropout2d));
        for (boolean unshuffle : new boolean[] {false, true}) {
            String name = unshuffle ? "PixelUnshuffle" : "PixelShuffle", factor = unshuffle ? "downscale_factor" : "upscale_factor";
            m.add(name, TorchNn.layer(name, a -> {
                a.expect(0, 1, factor);
                TorchNn.requireArguments(a, name, factor);
                TorchNn.instance(a).setOwn(factor, (long) a.intValue(a.option(0, factor, null), factor));
                return null;
            }, a -> pixelShuffle(TorchArgs.tensor(a.expect(1, 1, "input"), a.get(0)), a.intValue(TorchNn.get(a, factor), factor), unshuffle),
                    a -> factor + "=" + TorchNn.get(a, factor)));
        }
        m.add("Upsample", upsample("Upsample", null, null));
        m.add("UpsamplingNearest2d", upsample("UpsamplingNearest2d", "nearest", null));
        m.add("UpsamplingBilinear2d", upsample("UpsamplingBilinear2d", "bilinear", true));
    }

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("group_norm", a -> {
            a.expect(2, 5, "input", "num_groups", "weight", "bias", "eps");
            Tensor x = TorchArgs.tensor(a, a.option(0, "input", null));
            return groupNorm(x, a.intValue(a.option(1, "num_groups", null), "num_groups"), a.option(2, "weight", null), a.option(3, "bias", null),
                    a.number(4, "eps", 1e-5));
        }));
        m.add(Builtin.of("instance_norm", a -> {
            a.expect(1, 8, "input", "running_mean", "running_var", "weight", "bias", "use_input_stats", "momentum", "eps");
            if (a.option(1, "running_mean", null) != null || a.option(2, "running_var", null) != null || !a.bool(5, "use_input_stats", true))
                throw PyError.notSupported("F.instance_norm with running statistics");
            return instanceNorm(TorchArgs.tensor(a, a.option(0, "input", null)), a.option(3, "weight", null), a.option(4, "bias", null), a.number(7, "eps", 1e-5));
        }));
        m.add(Builtin.of("local_response_norm", a -> {
            a.expect(2, 5, "input", "size", "alpha", "beta", "k");
            return localResponseNorm(TorchArgs.tensor(a, a.option(0, "input", null)), a.intValue(a.option(1, "size", null), "size"), a.number(2, "alpha", 1e-4),
                    a.number(3, "beta", 0.75), a.number(4, "k", 1.0));
        }));
        m.add(Builtin.of("dropout1d", a -> {
            a.expect(1, 4, "input", "p", "training", "inplace");
            return dropout1d(a, TorchArgs.tensor(a, a.option(0, "input", null)), PyNumbers.approx(probability(a.option(1, "p", 0.5))), a.bool(2, "training", true));
        }));
        m.add(Builtin.of("dropout2d", a -> {
            a.expect(1, 4, "input", "p", "training", "inplace");
            return dropout2d(a, TorchArgs.tensor(a, a.option(0, "input", null)), PyNumbers.approx(probability(a.option(1, "p", 0.5))), a.bool(2, "training", true));
        }));
        m.add(Builtin.of("pixel_shuffle", a -> {
            a.expect(2, 2, "input", "upscale_factor");
            return pixelShuffle(TorchArgs.tensor(a, a.option(0, "input", null)), a.intValue(a.option(1, "upscale_factor", null), "upscale_factor"), false);
        }));
        m.add(Builtin.of("pixel_unshuffle", a -> {
            a.expect(2, 2, "input", "downscale_factor");
            return pixelShuffle(TorchArgs.tensor(a, a.option(0, "input", null)), a.intValue(a.option(1, "downscale_factor", null), "downscale_factor"), true);
        }));
        m.add(Builtin.of("interpolate", a -> {
            a.expect(1, 7, "input", "size", "scale_factor", "mode", "align_corners", "recompute_scale_factor", "antialias");
            return interpolate(TorchArgs.tensor(a, a.option(0, "input", null)), a.option(1, "size", null), a.option(2, "scale_factor", null),
                    Values.plain(a.option(3, "mode", "nearest")), a.option(4, "align_corners", null), a.option(5, "recompute_scale_factor", null),
                    a.option(6, "antialias", false));
        }));
    }

    // ---- GroupNorm ----

    /** F.group_norm's checks (PyTorch's order: the input's rank, more than one value per group) before the engine's. */
    private static Tensor groupNorm(Tensor x, int groups, Object weight, Object bias, double eps) {
        int[] s = x.shape();
        if (s.length < 2) throw PyError.index("Dimension out of range (expected to be in range of [-1, 0], but got 1)");
        List<Long> sizes = new ArrayList<>(List.of((long) s[0] * s[1] / groups, (long) groups));
        long values = sizes.get(0);
        for (int i = 2; i < s.length; i++) {
            sizes.add((long) s[i]);
            values *= s[i];
        }
        if (values == 1) throw PyError.value("Expected more than 1 value per channel when training, got input size " + sizes);
        return Normalization.groupNorm(x, groups, weight == null ? null : Values.node(weight), bias == null ? null : Values.node(bias), eps);
    }

    // ---- InstanceNorm1d, InstanceNorm2d ----

    /**
     * InstanceNorm1d/2d(num_features, eps=1e-5, momentum=0.1, affine=False, track_running_stats=False):
     * each sample's channel normalised with its own statistics; an unbatched input (one dimension
     * less) is one sample. Running statistics (track_running_stats=True) are refused by name.
     */
    private static dev.adjoint.lang.PyClass instanceNormLayer(int dims) {
        String name = "InstanceNorm" + dims + "d";
        return TorchNn.layer(name, a -> {
            a.expect(0, 7, "num_features", "eps", "momentum", "affine", "track_running_stats", "device", "dtype");
            TorchNn.requireArguments(a, name, "num_features");
            PyInstance self = TorchNn.instance(a);
            int c = a.intValue(a.option(0, "num_features", null), "num_features");
            boolean affine = a.bool(3, "affine", false);
            if (a.bool(4, "track_running_stats", false)) throw PyError.notSupported(name + "(track_running_stats=True)");
            self.setOwn("num_features", (long) c);
            self.setOwn("eps", Values.plain(a.option(1, "eps", 1e-5)));
            self.setOwn("momentum", Values.plain(a.option(2, "momentum", 0.1)));
            self.setOwn("affine", affine);
            self.setOwn("track_running_stats", false);
            self.setOwn("weight", affine ? Parameter.of(NDArray.ones(c)).asksFloat64(Torch.asksFloat64(a)) : null);
            self.setOwn("bias", affine ? Parameter.of(NDArray.zeros(c)).asksFloat64(Torch.asksFloat64(a)) : null);
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(1, 1, "input"));
            Tensor x = TorchArgs.tensor(a, a.get(0));
            if (x.ndim() != dims + 1 && x.ndim() != dims + 2)
                throw PyError.value("expected " + (dims + 1) + "D or " + (dims + 2) + "D input (got " + x.ndim() + "D input)");
            boolean unbatched = x.ndim() == dims + 1;
            Tensor y = instanceNorm(unbatched ? Ops.unsqueeze(x, 0) : x, self.own("weight"), self.own("bias"), a.number(self.own("eps"), "eps"));
            return unbatched ? Ops.squeeze(y, 0) : y;
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            return self.own("num_features") + ", eps=" + Repr.repr(self.own("eps")) + ", momentum=" + Repr.repr(self.own("momentum")) + ", affine="
                    + Repr.repr(self.own("affine")) + ", track_running_stats=False";
        });
    }

    /** instance_norm as PyTorch computes it: batch_norm of x viewed as one sample of N·C channels (weight and bias repeated N times), viewed back. */
    private static Tensor instanceNorm(Tensor x, Object weight, Object bias, double eps) {
        int[] s = x.shape();
        long spatial = 1;
        for (int i = 2; i < s.length; i++) spatial *= s[i];
        if (spatial == 1)
            throw PyError.value("Expected more than 1 spatial element when training, got input size torch.Size(" + Tensor.torchShape(s) + ")");
        int[] one = s.clone();
        one[0] = 1;
        one[1] = s[0] * s[1];
        Tensor w = weight == null ? null : Ops.repeat(Values.node(weight), new int[] {s[0]}), b = bias == null ? null : Ops.repeat(Values.node(bias), new int[] {s[0]});
        return Ops.view(Normalization.batchNorm(Ops.reshape(x, one), null, null, w, b, true, 0.1, eps), s);
    }

    // ---- Dropout2d ----

    /** A dropout probability, checked as PyTorch's _DropoutNd does. */
    private static Object probability(Object given) {
        Object p = Values.plain(given);
        double v = PyNumbers.approx(p);
        if (v < 0 || v > 1) throw PyError.value("dropout probability has to be between 0 and 1, but got " + Repr.repr(p));
        return p;
    }

    /**
     * local_response_norm as PyTorch's functional writes it: x / (k + α·mean of x² over the
     * {@code size} neighbouring channels (zero-padded, size//2 before))^β; DivBackward0.
     */
    private static Tensor localResponseNorm(Tensor x, int size, double alpha, double beta, double k) {
        int[] s = x.shape();
        if (s.length < 3) // PyTorch's message, with the indentation of its source line inside the string
            throw PyError.value("Expected 3D or higher dimensionality                          input (got " + s.length + " dimensions)");
        if (x.value().size() == 0) return x;
        Tensor square = Ops.reshape(Ops.mul(x, x), s[0], s[1], x.value().size() / (s[0] * s[1]));
        Tensor padded = dev.adjoint.autograd.op.Functional.constantPad(square, new int[] {0, 0, size / 2, (size - 1) / 2}, 0);
        Tensor sum = null;
        for (int i = 0; i < size; i++) {
            Tensor window = Ops.getItem(padded, List.of(dev.adjoint.ndarray.Index.Slice.ALL, new dev.adjoint.ndarray.Index.Slice(i, i + s[1], 1)));
            sum = sum == null ? window : Ops.add(sum, window);
        }
        Tensor mean = Ops.reshape(Ops.div(sum, Ops.scalar(size)), s);
        return Ops.div(x, Ops.pow(Ops.add(Ops.mul(mean, Ops.scalar(alpha)), Ops.scalar(k)), beta));
    }

    @FunctionalInterface
    private interface FeatureDropout {
        Tensor apply(Args a, Tensor x, double p, boolean training);
    }

    /** Dropout1d / Dropout2d(p=0.5, inplace=False): its functional form in training mode, the input itself in eval mode. */
    private static dev.adjoint.lang.PyClass featureDropoutLayer(String name, FeatureDropout dropout) {
        return TorchNn.layer(name, a -> {
            a.expect(0, 2, "p", "inplace");
            PyInstance self = TorchNn.instance(a);
            self.setOwn("p", probability(a.option(0, "p", 0.5)));
            self.setOwn("inplace", a.bool(1, "inplace", false));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(1, 1, "input"));
            return dropout.apply(a, TorchArgs.tensor(a, a.get(0)), PyNumbers.approx(self.own("p")), Values.truthy(self.own("training")));
        }, a -> "p=" + Repr.repr(TorchNn.get(a, "p")) + ", inplace=" + Repr.repr(TorchNn.get(a, "inplace")));
    }

    /** dropout1d: whole channels of (N, C, L), or of one unbatched (C, L) sample; PyTorch's message for other ranks. */
    private static Tensor dropout1d(Args a, Tensor x, double p, boolean training) {
        if (x.ndim() != 2 && x.ndim() != 3)
            throw new PyError("RuntimeError", "dropout1d: Expected 2D or 3D input, but received a " + x.ndim() + "D input. Note that dropout1d exists to provide "
                    + "channel-wise dropout on inputs with 1 spatial dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).");
        if (x.ndim() == 3) return featureDropout(a, x, p, training);
        return Ops.squeeze(featureDropout(a, Ops.unsqueeze(x, 0), p, training), 0);
    }

    /**
     * dropout2d: in training, each channel of each sample kept with probability 1 − p (scaled by
     * 1/(1 − p)) or zeroed whole: one bernoulli_ draw per (N, C) from PyTorch's generator, as its
     * feature dropout. A 3-d input is one sample of channels (PyTorch 1.13 reads it so, with a warning).
     */
    private static Tensor dropout2d(Args a, Tensor x, double p, boolean training) {
        int[] s = x.shape();
        if (s.length != 3 && s.length != 4) {
            String warning = "dropout2d: Received a " + s.length + "-D input to dropout2d, which is deprecated and will result in an error in a future release. "
                    + "To retain the behavior and silence this warning, please use dropout instead. Note that dropout2d exists to provide channel-wise dropout "
                    + "on inputs with 2 spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).";
            a.interpreter().warn("UserWarning", warning, "torch.nn.functional");
        }
        if (s.length == 3)
            a.interpreter().warn("UserWarning", "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - "
                    + "input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret the "
                    + "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to "
                    + "using dropout1d instead.", "torch.nn.functional");
        return featureDropout(a, x, p, training);
    }

    /** PyTorch's feature dropout: one bernoulli_(1 − p) draw per (N, C), over the rest of the sample, divided by 1 − p. */
    private static Tensor featureDropout(Args a, Tensor x, double p, boolean training) {
        int[] s = x.shape();
        if (!training || p == 0) return x;
        if (s.length < 2) throw new PyError("RuntimeError", "Feature dropout requires at least 2 dimensions in the input");
        int[] noise = new int[s.length];
        Arrays.fill(noise, 1);
        noise[0] = s[0];
        noise[1] = s[1];
        if (p == 1) return Ops.mul(x, Tensor.constant(NDArray.zeros(noise)));
        dev.adjoint.random.TorchRandom r = Torch.rng(a);
        double scale = r.defaultDouble() ? 1 / (1 - p) : (float) (1 / (1 - p));
        return Ops.mul(x, Tensor.constant(r.bernoulli(noise, 1 - p).map(u -> u * scale)));
    }

    // ---- PixelShuffle ----

    private static Tensor pixelShuffle(Tensor x, int r, boolean unshuffle) {
        String f = unshuffle ? "pixel_unshuffle" : "pixel_shuffle";
        int[] s = x.shape();
        if (s.length < 3) throw new PyError("RuntimeError", f + " expects input to have at least 3 dimensions, but got input with " + s.length + " dimension(s)");
        if (r <= 0) throw new PyError("RuntimeError", f + " expects a positive " + (unshuffle ? "downscale_factor" : "upscale_factor") + ", but got " + r);
        int d = s.length;
        if (!unshuffle && s[d - 3] % (r * r) != 0)
            throw new PyError("RuntimeError", "pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)="
                    + s[d - 3] + " is not divisible by " + r * r);
        if (unshuffle)
            for (int k : new int[] {2, 1})
                if (s[d - k] % r != 0)
                    throw new PyError("RuntimeError", "pixel_unshuffle expects " + (k == 2 ? "height" : "width") + " to be divisible by downscale_factor, but input.size(-"
                            + k + ")=" + s[d - k] + " is not divisible by " + r);
        return Resampling.pixelShuffle(x, r, unshuffle);
    }

    // ---- Upsample, interpolate ----

    /**
     * nn.Upsample(size=None, scale_factor=None, mode='nearest', align_corners=None,
     * recompute_scale_factor=None) and its two fixed-mode subclasses (UpsamplingBilinear2d aligns
     * corners): F.interpolate with the layer's arguments; a scale factor kept as a float.
     */
    private static dev.adjoint.lang.PyClass upsample(String name, String fixedMode, Boolean fixedAlign) {
        return TorchNn.layer(name, a -> {
            if (fixedMode == null) a.expect(0, 5, "size", "scale_factor", "mode", "align_corners", "recompute_scale_factor");
            else a.expect(0, 2, "size", "scale_factor");
            PyInstance self = TorchNn.instance(a);
            Object factor = Values.plain(a.option(1, "scale_factor", null));
            if (factor instanceof List<?> l) {
                List<Object> floats = new ArrayList<>();
                for (Object f : l) floats.add(PyNumbers.toDouble(Values.plain(f)));
                factor = Values.tuple(floats);
            } else if (factor != null && Values.truthy(factor)) factor = PyNumbers.toDouble(factor);
            else factor = null;
            self.setOwn("size", a.option(0, "size", null));
            self.setOwn("scale_factor", factor);
            self.setOwn("mode", fixedMode != null ? fixedMode : Values.plain(a.option(2, "mode", "nearest")));
            self.setOwn("align_corners", fixedAlign != null ? fixedAlign : a.option(3, "align_corners", null));
            self.setOwn("recompute_scale_factor", fixedMode != null ? null : a.option(4, "recompute_scale_factor", null));
            return null;
        }, a -> {
            PyInstance self = TorchNn.instance(a.expect(1, 1, "input"));
            return interpolate(TorchArgs.tensor(a, a.get(0)), self.own("size"), self.own("scale_factor"), self.own("mode"), self.own("align_corners"),
                    self.own("recompute_scale_factor"), false);
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            String what = self.own("scale_factor") != null ? "scale_factor=" + Repr.repr(self.own("scale_factor")) : "size=" + Repr.repr(self.own("size"));
            return what + ", mode=" + Repr.str(self.own("mode"));
        });
    }

    private static final List<String> INTERPOLATING = List.of("linear", "bilinear", "bicubic", "trilinear");

    /** F.interpolate: PyTorch 1.13's checks in its order, the output size, then nearest, (bi)linear, bicubic or their anti-aliased kernels. */
    private static Tensor interpolate(Tensor x, Object size, Object scaleFactor, Object mode, Object alignCorners, Object recompute, Object antialias) {
        if (!INTERPOLATING.contains(mode) && alignCorners != null)
            throw PyError.value("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
        int dims = x.ndim() - 2;
        if (size != null && scaleFactor != null) throw PyError.value("only one of size or scale_factor should be defined");
        if (size == null && scaleFactor == null) throw PyError.value("either size or scale_factor should be defined");
        int[] in = x.shape();
        int[] sizes = new int[Math.max(dims, 0)];
        Double[] scales = null;
        if (size != null) {
            Object s = Values.plain(size);
            if (s instanceof List<?> l) {
                if (l.size() != dims) {
                    List<String> spatial = new ArrayList<>();
                    for (int i = 2; i < in.length; i++) spatial.add(String.valueOf(in[i]));
                    throw PyError.value("Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of [" + String.join(", ", spatial)
                            + "] and output size of " + Repr.repr(size) + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.");
                }
                for (int i = 0; i < dims; i++) sizes[i] = Values.toInt(Values.plain(l.get(i)), "size");
            } else Arrays.fill(sizes, Values.toInt(s, "size"));
        } else {
            Object f = Values.plain(scaleFactor);
            scales = new Double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                Object fi = f instanceof List<?> l ? Values.plain(l.get(i)) : f;
                scales[i] = PyNumbers.toDouble(fi);
                sizes[i] = (int) Math.floor(in[i + 2] * scales[i]);
            }
            if (Values.truthy(recompute)) scales = null;
        }
        String m = Repr.str(mode);
        boolean antialiased = Values.truthy(antialias);
        if (antialiased && !((m.equals("bilinear") || m.equals("bicubic")) && x.ndim() == 4))
            throw PyError.value("Anti-alias option is only supported for bilinear and bicubic modes");
        boolean nearest = m.equals("nearest"), linear = INTERPOLATING.subList(0, 2).contains(m) || m.equals("trilinear");
        if (x.ndim() < 3 || x.ndim() > 5 || !(nearest || linear || m.equals("bicubic") && x.ndim() == 4 || m.equals("area") || m.equals("nearest-exact")))
            throw new PyError("NotImplementedError", "Input Error: Only 3D, 4D and 5D input Tensors supported (got " + x.ndim() + "D) for the modes: nearest | linear | "
                    + "bilinear | bicubic | trilinear | area | nearest-exact (got " + m + ")");
        if (linear) {
            int wanted = m.equals("linear") ? 3 : m.equals("bilinear") ? 4 : 5;
            if (x.ndim() != wanted) throw new PyError("NotImplementedError", "Got " + x.ndim() + "D input, but " + m + " mode needs " + wanted + "D input");
        }
        if (m.equals("area")) // PyTorch's area mode is adaptive average pooling to the size
            return x.ndim() == 3 ? Convolution.adaptiveAvgPool1d(x, sizes[0]) : x.ndim() == 4 ? Convolution.adaptiveAvgPool2d(x, sizes) : AdaptiveAvgPool3d.of(x, sizes);
        checkPositiveSizes(in, sizes);
        boolean exact = m.equals("nearest-exact"), cubic = m.equals("bicubic") && x.ndim() == 4;
        if (!nearest && !linear && !exact && !cubic) throw PyError.notSupported("F.interpolate(mode='" + m + "')");
        if (!x.dtype().isFloating())
            throw new PyError("RuntimeError", "\"" + (antialiased ? "compute_indices_weights_aa" : integerRefusingKernel(in, m, nearest || exact, cubic))
                    + "\" not implemented for '" + x.dtype().scalarName() + "'");
        if (antialiased) return AntialiasedResampling.of(x, sizes, Values.truthy(alignCorners), scales, cubic);
        if (cubic) return Resampling.cubic(x, sizes, Values.truthy(alignCorners), scales);
        return nearest || exact ? Resampling.nearest(x, sizes, scales, exact) : Resampling.linear(x, sizes, Values.truthy(alignCorners), scales);
    }

    /**
     * upsample's common checks (area mode is pooling and has none): every spatial size of the input and
     * the output above 0, then no empty axis but the batch's.
     */
    private static void checkPositiveSizes(int[] in, int[] sizes) {
        boolean positive = true;
        for (int i = 0; i < sizes.length; i++) positive &= in[i + 2] > 0 && sizes[i] > 0;
        if (positive) {
            if (in[1] == 0) throw new PyError("RuntimeError", "Non-empty " + in.length + "D data tensor expected but got a tensor with sizes " + Arrays.toString(in));
            return;
        }
        String axes = "DHW".substring(3 - sizes.length);
        StringBuilder input = new StringBuilder(), output = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            String sep = i == 0 ? "" : ", ";
            input.append(sep).append(axes.charAt(i)).append(": ").append(in[i + 2]);
            output.append(sep).append(axes.charAt(i)).append(": ").append(sizes[i]);
        }
        throw new PyError("RuntimeError", "Input and output sizes should be greater than 0, but got input (" + input + ")" + (sizes.length == 1 ? " and" : "") + " output ("
                + output + ")");
    }

    /**
     * The CPU kernel whose dtype dispatch refuses an integer input: PyTorch 1.13 sends a 4-d or 5-d
     * input that is also channels-last contiguous (one channel, or one spatial entry) to its
     * channels-last kernel, except for bicubic; the rest to the kernel computing indices and weights.
     */
    private static String integerRefusingKernel(int[] in, String mode, boolean nearest, boolean cubic) {
        int spatial = 1;
        for (int i = 2; i < in.length; i++) spatial *= in[i];
        boolean channelsLast = in.length >= 4 && !cubic && (in[1] == 1 || spatial == 1);
        if (channelsLast) return "upsample_" + (nearest ? "nearest" : mode) + (in.length - 2) + "d_channels_last";
        return "compute_indices_weights_" + (nearest ? "nearest" : cubic ? "cubic" : "linear");
    }
}
