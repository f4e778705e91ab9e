package dev.adjoint.render;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.AnomalyReport;
import dev.adjoint.session.report.TraceNode;

/**
 * The sentence {@code :set anomaly on} warns with: the node as its :trace row names it (vi, its op
 * on its inputs, the inputs' values) and the statement that created it, e.g.
 * <pre>anomaly: v3 = ln v1 is nan although its input is finite (v1 = -1); created by `y = ln(x) + 1` (line 1); numbered as in :trace y</pre>
 * Numbers are exact (the point is which value went wrong, not its display).
 */
public final class AnomalyText {
    private AnomalyText() {}

    public static String describe(AnomalyReport r) {
        Anomaly.Fault f = r.fault();
        StringBuilder sb = new StringBuilder("anomaly: ");
        String[] args = new String[f.inputs().length];
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            Tensor in = f.inputs()[i];
            TraceNode n = r.node(in);
            boolean literal = n == null || n.isConstant() && n.name() == null && in.ndim() == 0;
            args[i] = literal && in.ndim() == 0 ? Numbers.exact(in.item()) : n != null ? n.id() : "a tensor of shape " + Shapes.str(in.shape());
            String shown = n == null ? null : n.id() + " = ";
            if (!literal && inputs.indexOf(shown) < 0) inputs.append(inputs.length() == 0 ? "" : ", ").append(shown).append(value(in.value()));
        }
        String definition = f.op().notation(args);
        TraceNode node = r.node(f.node());
        String id = node == null ? null : node.id();
        if (f.inGradient()) {
            TraceNode in = r.node(f.inputs()[f.input()]);
            sb.append("in the backward pass, ").append(id).append(" = ").append(definition).append(" gives ")
                    .append(in != null ? in.id() : "its input " + (f.input() + 1)).append(" a gradient that ")
                    .append(fault(f.value())).append(", from a finite adjoint");
        } else {
            sb.append(id != null ? id + " = " + definition : definition).append(' ').append(fault(f.value()))
                    .append(f.inputs().length == 0 ? "" : f.inputs().length == 1 ? " although its input is finite" : " although its inputs are finite");
        }
        if (inputs.length() > 0) sb.append(" (").append(inputs).append(')');
        sb.append("; ").append(f.inGradient() ? id + " was created by " : "created by ").append(origin(r));
        if (id != null) sb.append("; numbered as in :trace ").append(r.target() != null ? r.target() : "of that node");
        return sb.toString();
    }

    private static String origin(AnomalyReport r) {
        if (r.statement() == null) return "a statement run before :set anomaly on";
        return "`" + r.statement() + "` " + (r.line() > 0 ? "(line " + r.line() + ")" : "(an earlier input)");
    }

    private static String fault(NDArray a) {
        boolean nan = false, inf = false;
        for (double v : a.toArray()) {
            nan |= Double.isNaN(v);
            inf |= Double.isInfinite(v);
        }
        String kind = nan && inf ? "nan and inf" : nan ? "nan" : inf ? "inf" : "not finite";
        return a.ndim() == 0 ? "is " + kind : "has " + kind + " values (shape " + Shapes.str(a.shape()) + ")";
    }

    private static String value(NDArray a) {
        return a.ndim() == 0 ? Numbers.exact(a.item()) : "shape " + Shapes.str(a.shape());
    }
}
