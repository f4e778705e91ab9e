package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.FormatSpec;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch 1.13's text of a tensor ({@code torch/_tensor_str.py}), as print(), str() and repr()
 * show it with the default dtype set to float64: 4 decimals, or whole numbers with a point, or
 * scientific notation, chosen over the whole tensor; columns padded to one width; 80-column lines;
 * more than 1000 elements summarised with 3 at each edge; then grad_fn or requires_grad. Those
 * numbers are the {@link PrintOptions} in force (torch.set_printoptions).
 * Numbers round half to even on their exact binary value, as Python's format does.
 */
public final class TensorRepr {

    private TensorRepr() {}

    /** {@code tensor([1., 2.], requires_grad=True)}. */
    public static String repr(Tensor t) {
        return repr(t, t.gradFnName());
    }

    /** The same, with PyTorch's name of the backward node given (null for none). */
    public static String repr(Tensor t, String gradFn) {
        PrintOptions options = PrintOptions.current();
        String prefix = "tensor(";
        int indent = prefix.length();
        NDArray a = t.value();
        List<String> suffixes = new ArrayList<>();
        String body;
        if (a.size() == 0) {
            if (a.ndim() != 1) suffixes.add("size=" + pyTuple(a.shape()));
            if (t.dtype() != DType.FLOAT64) suffixes.add("dtype=" + t.dtype().torchName());
            body = "[]";
        } else {
            body = values(a, t.dtype(), indent, options);
            if (t.dtype().shownInRepr()) suffixes.add("dtype=" + t.dtype().torchName());
        }
        if (gradFn != null) suffixes.add("grad_fn=<" + gradFn + ">");
        else if (t.requiresGrad()) suffixes.add("requires_grad=True");
        return addSuffixes(prefix + body, suffixes, indent, options.lineWidth());
    }

    /** PyTorch's {@code Parameter containing:} header before a parameter's tensor. */
    public static String parameterRepr(Tensor t) {
        return "Parameter containing:\n" + repr(t);
    }

    private static String addSuffixes(String text, List<String> suffixes, int indent, int lineWidth) {
        StringBuilder sb = new StringBuilder(text);
        int lastLine = text.length() - text.lastIndexOf('\n') + 1;
        for (String s : suffixes) {
            if (lastLine + s.length() + 2 > lineWidth) {
                sb.append(",\n").append(" ".repeat(indent)).append(s);
                lastLine = indent + s.length();
            } else {
                sb.append(", ").append(s);
                lastLine += s.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    /** The bracketed numbers, continuation lines indented for a prefix of {@code indent} characters. */
    static String values(NDArray a, DType dtype, int indent, PrintOptions options) {
        boolean summarize = a.size() > options.threshold();
        int edge = summarize ? options.edgeItems() : Integer.MAX_VALUE;
        Formatter f = new Formatter(dtype, summarize ? summarized(a, edge) : a.toArray(), options);
        StringBuilder sb = new StringBuilder();
        write(sb, a, f, indent, edge, options.lineWidth());
        return sb.toString();
    }

    /** The rows of {@code a}, those past {@code edge} items from either end left out as "...". */
    private static void write(StringBuilder sb, NDArray a, Formatter f, int indent, int edge, int lineWidth) {
        int dim = a.ndim();
        if (dim == 0) {
            sb.append(f.format(a.item()));
            return;
        }
        int n = a.shape()[0];
        boolean cut = n > 2L * edge;
        if (dim == 1) {
            List<String> data = new ArrayList<>();
            double[] v = a.toArray();
            for (int i = 0; i < n; i++) {
                if (cut && i == edge) {
                    data.add(" ...");
                    i = n - edge;
                }
                data.add(f.format(v[i]));
            }
            int perLine = Math.max(1, Math.floorDiv(lineWidth - indent, f.width + 2));
            sb.append('[');
            for (int i = 0; i < data.size(); i++) {
                if (i > 0) sb.append(i % perLine == 0 ? ",\n" + " ".repeat(indent + 1) : ", ");
                sb.append(data.get(i));
            }
            sb.append(']');
            return;
        }
        String separator = "," + "\n".repeat(dim - 1) + " ".repeat(indent + 1);
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(separator);
            if (cut && i == edge) {
                sb.append("...").append(separator);
                i = n - edge;
            }
            write(sb, a.index(0, i), f, indent + 1, edge, lineWidth);
        }
        sb.append(']');
    }

    /** The values the formatter looks at when summarising: the edge items of every axis (get_summarized_data). */
    private static double[] summarized(NDArray a, int edge) {
        List<Double> out = new ArrayList<>();
        collectEdges(a, edge, out);
        double[] d = new double[out.size()];
        for (int i = 0; i < d.length; i++) d[i] = out.get(i);
        return d;
    }

    private static void collectEdges(NDArray a, int edge, List<Double> out) {
        if (a.ndim() == 0) {
            out.add(a.item());
            return;
        }
        int n = a.shape()[0];
        for (int i = 0; i < n; i++) {
            if (n > 2L * edge && i == edge) i = n - edge;
            if (a.ndim() == 1) out.add(a.get(i));
            else collectEdges(a.index(0, i), edge, out);
        }
    }

    /**
     * PyTorch's _Formatter: one mode and width for the whole tensor. The width is measured in the
     * mode the values call for; a sci_mode option then only changes how they are written.
     */
    private static final class Formatter {
        final DType dtype;
        final int precision;
        boolean intMode = true, sci = false;
        int width = 1;

        Formatter(DType dtype, double[] values, PrintOptions options) {
            this.dtype = dtype;
            this.precision = options.precision();
            // as PyTorch's, the option applies only where a floating tensor has a nonzero finite value
            if (measure(values) && options.sciMode() != null) sci = options.sciMode();
        }

        /** Sets mode and width; false when nothing was measured (integers, or no nonzero finite value). */
        private boolean measure(double[] values) {
            if (!dtype.isFloating()) {
                for (double v : values) width = Math.max(width, format(v).length());
                return false;
            }
            double min = Double.POSITIVE_INFINITY, max = 0;
            boolean any = false;
            for (double v : values) {
                if (!Double.isFinite(v) || v == 0) continue;
                any = true;
                min = Math.min(min, Math.abs(v));
                max = Math.max(max, Math.abs(v));
                if (v != Math.ceil(v)) intMode = false;
            }
            if (!any) return false;
            sci = max / min > 1000.0 || max > 1.0e8 || (!intMode && min < 1.0e-4);
            for (double v : values) {
                if (!Double.isFinite(v) || v == 0) continue;
                width = Math.max(width, sci ? sci(v, precision).length() : intMode ? fixed(v, 0).length() + 1 : fixed(v, precision).length());
            }
            return true;
        }

        String format(double v) {
            String s;
            if (dtype == DType.BOOL) s = v != 0 ? "True" : "False";
            else if (dtype.isInteger()) s = Long.toString((long) v);
            else if (sci) s = sci(v, precision);
            else if (intMode) s = Double.isFinite(v) ? fixed(v, 0) + "." : fixed(v, 0);
            else s = fixed(v, precision);
            return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
        }
    }

    /** Python's '{:.Nf}' (FormatSpec is the one home of Python's number formats). */
    static String fixed(double v, int decimals) {
        return FormatSpec.format(v, "." + decimals + "f");
    }

    /** Python's '{:.4e}': 1.2346e+03. */
    static String sci(double v, int decimals) {
        return FormatSpec.format(v, "." + decimals + "e");
    }

    /** Python's tuple text of a shape: (0, 3), (0,). */
    static String pyTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? ", " : "").append(shape[i]);
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
