package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.TransposedConvolution;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TorchSize;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.TorchRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * nn.ConvTranspose1d/2d/3d and F.conv_transpose1d/2d/3d (DCGAN's generator, autoencoders' decoders, 3-d U-Nets) with
 * PyTorch 1.13's arguments, initialisation, repr and output_size; the engine's
 * {@link TransposedConvolution} computes.
 */
final class TorchConvTranspose {
    private TorchConvTranspose() {}

    private static final String[] PARAMETERS = {"in_channels", "out_channels", "kernel_size", "stride", "padding", "output_padding", "groups", "bias", "dilation",
        "padding_mode", "device", "dtype"};

    static final PyClass CONV_TRANSPOSE1D = layer("ConvTranspose1d", 1), CONV_TRANSPOSE2D = layer("ConvTranspose2d", 2),
            CONV_TRANSPOSE3D = layer("ConvTranspose3d", 3);

    static void addLayers(PyModule m) {
        m.add("ConvTranspose1d", CONV_TRANSPOSE1D);
        m.add("ConvTranspose2d", CONV_TRANSPOSE2D);
        m.add("ConvTranspose3d", CONV_TRANSPOSE3D);
    }

    /** ConvTranspose1d, 2d or 3d ({@code dims} spatial axes): PyTorch's _ConvTransposeNd arguments, attributes, initialisation and repr. */
    private static PyClass layer(String name, int dims) {
        PyClass c = TorchNn.layer(name, a -> {
            a.expect(0, PARAMETERS.length, PARAMETERS);
            TorchNn.requireArguments(a, name, "in_channels", "out_channels", "kernel_size");
            PyInstance self = TorchNn.instance(a);
            int in = a.intValue(a.option(0, "in_channels", null), "in_channels"), out = a.intValue(a.option(1, "out_channels", null), "out_channels");
            int groups = a.intValue(a.option(6, "groups", 1L), "groups");
            if (groups <= 0) throw PyError.value("groups must be a positive integer");
            if (in % groups != 0) throw PyError.value("in_channels must be divisible by groups");
            if (out % groups != 0) throw PyError.value("out_channels must be divisible by groups");
            Object mode = Values.plain(a.option(9, "padding_mode", "zeros"));
            if (!"zeros".equals(mode)) // PyTorch names the module's own class (LazyConvTranspose2d, a subclass)
                throw PyError.value("Only \"zeros\" padding mode is supported for " + self.pyClass().name());
            int[] kernel = sizes(a, a.option(2, "kernel_size", null), "kernel_size", dims);
            self.setOwn("in_channels", (long) in);
            self.setOwn("out_channels", (long) out);
            self.setOwn("kernel_size", tuple(kernel));
            self.setOwn("stride", tuple(sizes(a, a.option(3, "stride", 1L), "stride", dims)));
            self.setOwn("padding", tuple(sizes(a, a.option(4, "padding", 0L), "padding", dims)));
            self.setOwn("dilation", tuple(sizes(a, a.option(8, "dilation", 1L), "dilation", dims)));
            self.setOwn("transposed", true);
            self.setOwn("output_padding", tuple(sizes(a, a.option(5, "output_padding", 0L), "output_padding", dims)));
            self.setOwn("groups", (long) groups);
            self.setOwn("padding_mode", mode);
            TorchRandom r = Torch.rng(a);
            boolean dbl = a.has("dtype") ? Torch.drawsDoubles(a) : r.defaultDouble();
            int[] shape = new int[2 + dims];
            shape[0] = in;
            shape[1] = out / groups;
            System.arraycopy(kernel, 0, shape, 2, dims);
            boolean bias = a.bool(7, "bias", true);
            reset(r, shape, bias ? out : -1, dbl, (key, v) -> self.setOwn(key, Parameter.of(v).asksFloat64(Torch.asksFloat64(a))));
            if (!bias) self.setOwn("bias", null);
            return null;
        }, a -> {
            a.expect(1, 2, "input", "output_size");
            PyInstance self = TorchNn.instance(a);
            Tensor x = TorchArgs.tensor(a, a.get(0));
            int[] stride = ints(self.own("stride")), padding = ints(self.own("padding")), dilation = ints(self.own("dilation"));
            int[] kernel = ints(self.own("kernel_size")), outputPadding = ints(self.own("output_padding"));
            Object size = a.option(1, "output_size", null);
            if (size != null) outputPadding = outputPaddingFor(a, x, Values.plain(size), stride, padding, kernel, dilation);
            Object bias = self.own("bias");
            return convolve(x, Values.node(self.own("weight")), bias == null ? null : Values.node(bias), stride, padding, outputPadding,
                    a.intValue(self.own("groups"), "groups"), dilation);
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            StringBuilder s = new StringBuilder(self.own("in_channels") + ", " + self.own("out_channels") + ", kernel_size=" + Repr.repr(self.own("kernel_size"))
                    + ", stride=" + Repr.repr(self.own("stride")));
            String zeros = Repr.repr(tuple(new int[dims])), ones = Repr.repr(tuple(filled(dims, 1)));
            for (String[] option : new String[][] {{"padding", zeros}, {"dilation", ones}, {"output_padding", zeros}})
                if (!Repr.repr(self.own(option[0])).equals(option[1])) s.append(", ").append(option[0]).append('=').append(Repr.repr(self.own(option[0])));
            if (!self.own("groups").equals(1L)) s.append(", groups=").append(self.own("groups"));
            if (self.own("bias") == null) s.append(", bias=False");
            return s.toString();
        });
        c.method("reset_parameters", a -> {
            PyInstance self = TorchNn.instance(a.expect(0, 0));
            Tensor w = Values.node(self.own("weight"));
            TorchRandom r = Torch.rng(a);
            int biasSize = self.own("bias") instanceof Tensor b ? b.shape()[0] : -1;
            reset(r, w.shape(), biasSize, w.asksFloat64() || r.defaultDouble(), (key, v) -> TorchNn.copyInto(Values.node(self.own(key)), v));
            return null;
        });
        return c;
    }

    /**
     * _ConvNd.reset_parameters for the transposed layout (C_in, C_out/groups, k…): kaiming_uniform_(weight,
     * a=sqrt(5)) with its fan_in (C_out/groups·k…, the size past its first axis), then a bias of
     * {@code biasSize} (none when −1) in ±1/sqrt(fan_in). {@code store} puts each draw in place.
     */
    private static void reset(TorchRandom r, int[] weightShape, int biasSize, boolean dbl, BiConsumer<String, NDArray> store) {
        int fanIn = 1;
        for (int i = 1; i < weightShape.length; i++) fanIn *= weightShape[i];
        double bound = TorchNn.kaimingBound(fanIn, TorchNn.leakyReluGain(Math.sqrt(5))), biasBound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
        store.accept("weight", r.uniform(weightShape, -bound, bound, dbl));
        if (biasSize >= 0) store.accept("bias", r.uniform(new int[] {biasSize}, -biasBound, biasBound, dbl));
    }

    static void addFunctions(PyModule m) {
        for (int dims = 1; dims <= 3; dims++) {
            int d = dims;
            m.add(Builtin.of("conv_transpose" + dims + "d", a -> {
                a.expect(2, 8, "input", "weight", "bias", "stride", "padding", "output_padding", "groups", "dilation");
                Object bias = a.option(2, "bias", null);
                return convolve(TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), bias == null ? null : TorchArgs.tensor(a, bias),
                        sizes(a, a.option(3, "stride", 1L), "stride", d), sizes(a, a.option(4, "padding", 0L), "padding", d),
                        sizes(a, a.option(5, "output_padding", 0L), "output_padding", d), a.intValue(a.option(6, "groups", 1L), "groups"),
                        sizes(a, a.option(7, "dilation", 1L), "dilation", d));
            }));
        }
    }

    /** The 1-d, 2-d or 3-d transposed convolution, as many axes as the sizes have. */
    private static Tensor convolve(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] outputPadding, int groups, int[] dilation) {
        return switch (stride.length) {
            case 1 -> TransposedConvolution.convTranspose1d(x, weight, bias, stride[0], padding[0], outputPadding[0], groups, dilation[0]);
            case 2 -> TransposedConvolution.convTranspose2d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
            default -> TransposedConvolution.convTranspose3d(x, weight, bias, stride, padding, outputPadding, groups, dilation);
        };
    }

    /**
     * forward(input, output_size): the output_padding that gives that size, PyTorch's _output_padding:
     * output_size has one entry per spatial axis or also the batch and channel ones (dropped, a slice
     * of the same kind shown), and each size must lie in [smallest, smallest + stride − 1].
     */
    private static int[] outputPaddingFor(Args a, Tensor x, Object size, int[] stride, int[] padding, int[] kernel, int[] dilation) {
        List<Object> given = Values.items(size);
        int dims = stride.length, nonSpatial = x.ndim() == dims + 2 ? 2 : 1;
        Object shown = size;
        if (given.size() == nonSpatial + dims) {
            given = given.subList(nonSpatial, given.size());
            shown = size instanceof TorchSize ? TorchSize.of(ints(given)) : size instanceof PyList ? new PyList(given) : Values.tuple(given);
        }
        if (given.size() != dims)
            throw PyError.value("ConvTranspose" + dims + "D: for " + x.ndim() + "D input, output_size must have " + dims + " or " + (nonSpatial + dims)
                    + " elements (got " + given.size() + ")");
        int[] s = x.shape(), smallest = new int[dims], largest = new int[dims], out = new int[dims];
        for (int i = 0; i < dims; i++) {
            smallest[i] = (s[i + nonSpatial] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + 1;
            largest[i] = smallest[i] + stride[i] - 1;
        }
        for (int i = 0; i < dims; i++) {
            int wanted = a.intValue(given.get(i), "output_size");
            if (wanted < smallest[i] || wanted > largest[i]) // the input's sizes past its first two, as PyTorch's input.size()[2:]
                throw PyError.value("requested an output size of " + Repr.repr(shown) + ", but valid sizes range from " + Arrays.toString(smallest) + " to "
                        + Arrays.toString(largest) + " (for an input of " + Repr.repr(TorchSize.of(Arrays.copyOfRange(s, Math.min(2, s.length), s.length))) + ")");
            out[i] = wanted - smallest[i];
        }
        return out;
    }

    /** A size given as an int for every axis or a sequence of {@code dims} ints, as Conv's. */
    private static int[] sizes(Args a, Object v, String what, int dims) {
        return TorchConv.convSizes(a, v, what, dims);
    }

    private static int[] filled(int n, int v) {
        int[] out = new int[n];
        Arrays.fill(out, v);
        return out;
    }

    private static List<Object> tuple(int[] sizes) {
        List<Object> items = new ArrayList<>();
        for (int v : sizes) items.add((long) v);
        return Values.tuple(items);
    }

    private static int[] ints(Object tuple) {
        List<?> items = Values.items(tuple);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = Values.toInt(items.get(i), "size");
        return out;
    }
}
