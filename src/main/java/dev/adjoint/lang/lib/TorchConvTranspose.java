package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.TransposedConvolution;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Parameter;
import dev.adjoint.random.TorchRandom;
import java.util.List;

/**
 * nn.ConvTranspose2d and F.conv_transpose2d (DCGAN's generator, autoencoders' decoders) with
 * PyTorch 1.13's arguments, initialisation, repr and output_size; the engine's
 * {@link TransposedConvolution} computes.
 */
final class TorchConvTranspose {
    private TorchConvTranspose() {}

    private static final String[] PARAMETERS = {"in_channels", "out_channels", "kernel_size", "stride", "padding", "output_padding", "groups", "bias", "dilation",
        "padding_mode", "device", "dtype"};

    static void addLayers(PyModule m) {
        m.add("ConvTranspose2d", TorchNn.layer("ConvTranspose2d", a -> {
            a.expect(0, PARAMETERS.length, PARAMETERS);
            TorchNn.requireArguments(a, "ConvTranspose2d", "in_channels", "out_channels", "kernel_size");
            PyInstance self = TorchNn.instance(a);
            int in = a.intValue(a.option(0, "in_channels", null), "in_channels"), out = a.intValue(a.option(1, "out_channels", null), "out_channels");
            int groups = a.intValue(a.option(6, "groups", 1L), "groups");
            if (groups <= 0) throw PyError.value("groups must be a positive integer");
            if (in % groups != 0) throw PyError.value("in_channels must be divisible by groups");
            if (out % groups != 0) throw PyError.value("out_channels must be divisible by groups");
            Object mode = Values.plain(a.option(9, "padding_mode", "zeros"));
            if (!"zeros".equals(mode)) throw PyError.value("Only \"zeros\" padding mode is supported for ConvTranspose2d");
            int[] kernel = pair(a, a.option(2, "kernel_size", null), "kernel_size");
            self.setOwn("in_channels", (long) in);
            self.setOwn("out_channels", (long) out);
            self.setOwn("kernel_size", tuple(kernel));
            self.setOwn("stride", tuple(pair(a, a.option(3, "stride", 1L), "stride")));
            self.setOwn("padding", tuple(pair(a, a.option(4, "padding", 0L), "padding")));
            self.setOwn("dilation", tuple(pair(a, a.option(8, "dilation", 1L), "dilation")));
            self.setOwn("transposed", true);
            self.setOwn("output_padding", tuple(pair(a, a.option(5, "output_padding", 0L), "output_padding")));
            self.setOwn("groups", (long) groups);
            self.setOwn("padding_mode", mode);
            // reset_parameters: kaiming_uniform_(weight, a=sqrt(5)) with the weight's fan_in (out/groups·kh·kw), then the bias in ±1/sqrt(fan_in)
            TorchRandom r = Torch.rng(a);
            boolean dbl = a.has("dtype") ? Torch.drawsDoubles(a) : r.defaultDouble();
            int fanIn = out / groups * kernel[0] * kernel[1];
            double bound = TorchNn.kaimingBound(fanIn, TorchNn.leakyReluGain(Math.sqrt(5))), biasBound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            self.setOwn("weight", Parameter.of(r.uniform(new int[] {in, out / groups, kernel[0], kernel[1]}, -bound, bound, dbl)).asksFloat64(Torch.asksFloat64(a)));
            self.setOwn("bias", a.bool(7, "bias", true) ? Parameter.of(r.uniform(new int[] {out}, -biasBound, biasBound, dbl)).asksFloat64(Torch.asksFloat64(a)) : null);
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
            return TransposedConvolution.convTranspose2d(x, Values.node(self.own("weight")), bias == null ? null : Values.node(bias), stride, padding, outputPadding,
                    a.intValue(self.own("groups"), "groups"), dilation);
        }, a -> {
            PyInstance self = TorchNn.instance(a);
            StringBuilder s = new StringBuilder(self.own("in_channels") + ", " + self.own("out_channels") + ", kernel_size=" + Repr.repr(self.own("kernel_size"))
                    + ", stride=" + Repr.repr(self.own("stride")));
            for (String[] option : new String[][] {{"padding", "(0, 0)"}, {"dilation", "(1, 1)"}, {"output_padding", "(0, 0)"}})
                if (!Repr.repr(self.own(option[0])).equals(option[1])) s.append(", ").append(option[0]).append('=').append(Repr.repr(self.own(option[0])));
            if (!self.own("groups").equals(1L)) s.append(", groups=").append(self.own("groups"));
            if (self.own("bias") == null) s.append(", bias=False");
            return s.toString();
        }));
    }

    static void addFunctions(PyModule m) {
        m.add(Builtin.of("conv_transpose2d", a -> {
            a.expect(2, 8, "input", "weight", "bias", "stride", "padding", "output_padding", "groups", "dilation");
            Object bias = a.option(2, "bias", null);
            return TransposedConvolution.convTranspose2d(TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), bias == null ? null : TorchArgs.tensor(a, bias),
                    pair(a, a.option(3, "stride", 1L), "stride"), pair(a, a.option(4, "padding", 0L), "padding"),
                    pair(a, a.option(5, "output_padding", 0L), "output_padding"), a.intValue(a.option(6, "groups", 1L), "groups"),
                    pair(a, a.option(7, "dilation", 1L), "dilation"));
        }));
    }

    /**
     * forward(input, output_size): the output_padding that gives that size (its last two entries),
     * PyTorch's _output_padding with its ValueError outside [smallest, smallest + stride − 1].
     */
    private static int[] outputPaddingFor(Args a, Tensor x, Object size, int[] stride, int[] padding, int[] kernel, int[] dilation) {
        List<Object> given = Values.items(size);
        int[] s = x.shape(), wanted = new int[2], smallest = new int[2], largest = new int[2], out = new int[2];
        for (int i = 0; i < 2; i++) {
            wanted[i] = a.intValue(given.get(given.size() - 2 + i), "output_size");
            smallest[i] = (s[s.length - 2 + i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + 1;
            largest[i] = smallest[i] + stride[i] - 1;
        }
        for (int i = 0; i < 2; i++) {
            if (wanted[i] < smallest[i] || wanted[i] > largest[i])
                throw PyError.value("requested an output size of " + Repr.repr(size) + ", but valid sizes range from [" + smallest[0] + ", " + smallest[1]
                        + "] to [" + largest[0] + ", " + largest[1] + "] (for an input of torch.Size([" + s[s.length - 2] + ", " + s[s.length - 1] + "]))");
            out[i] = wanted[i] - smallest[i];
        }
        return out;
    }

    /** A size given as an int for both axes or a pair of ints. */
    private static int[] pair(Args a, Object v, String what) {
        Object p = Values.plain(v);
        if (p instanceof List<?>) {
            int[] out = a.ints(p, what);
            if (out.length != 2)
                throw new PyError("RuntimeError", "expected " + what + " to be a single integer value or a list of 2 values to match the convolution dimensions");
            return out;
        }
        int n = a.intValue(p, what);
        return new int[] {n, n};
    }

    private static List<Object> tuple(int[] pair) {
        return Values.tuple((long) pair[0], (long) pair[1]);
    }

    private static int[] ints(Object tuple) {
        List<Object> items = Values.items(tuple);
        return new int[] {Values.toInt(items.get(0), "size"), Values.toInt(items.get(1), "size")};
    }
}
