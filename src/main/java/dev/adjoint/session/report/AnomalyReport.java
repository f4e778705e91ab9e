package dev.adjoint.session.report;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Stmt;
import dev.adjoint.lang.Unparser;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.Map;

/**
 * What {@code :set anomaly on} says about the first NaN or infinity: the node as its :trace row
 * names it (vi, its op on its inputs, the inputs' values), and the statement that created it, e.g.
 * <pre>anomaly: v3 = ln v1 is nan although its input is finite (v1 = -1); created by `y = ln(x) + 1` (line 1); numbered as in :trace y</pre>
 */
public final class AnomalyReport {
    private AnomalyReport() {}

    /**
     * @param variables the session's variables, to find the name of the graph the node is in
     * @param lastAssigned the variable assigned last (its graph numbers a forward fault), or null
     * @param program the statements of the input being run (null for a :command), and {@code source} its text
     */
    public static String describe(Anomaly.Fault f, Map<String, Object> variables, String lastAssigned, Object program, String source) {
        Tensor node = f.node();
        String target = null;
        Trace trace = null;
        if (node.op() != null) { // a node of a graph (a constant result has no row in any trace)
            Tensor root = f.root();
            if (root == null && lastAssigned != null && variables.get(lastAssigned) instanceof Tensor t) root = t;
            if (root != null) {
                target = nameOf(root, variables);
                trace = Trace.of(target == null ? "y" : target, root, Trace.Order.DEPTH);
                if (trace.node(node) == null) trace = null;
            }
            if (trace == null) {
                target = null;
                trace = Trace.of("y", node, Trace.Order.DEPTH);
            }
        }
        StringBuilder sb = new StringBuilder("anomaly: ");
        String[] args = new String[f.inputs().length];
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            Tensor in = f.inputs()[i];
            TraceNode n = trace == null ? null : trace.node(in);
            boolean literal = n == null || n.isConstant() && n.name() == null && in.ndim() == 0;
            args[i] = literal && in.ndim() == 0 ? number(in.item()) : n != null ? n.id() : "a tensor of shape " + Shapes.str(in.shape());
            String shown = n == null ? null : n.id() + " = ";
            if (!literal && inputs.indexOf(shown) < 0) inputs.append(inputs.length() == 0 ? "" : ", ").append(shown).append(value(in.value()));
        }
        String definition = f.op().notation(args);
        String id = trace == null ? null : trace.node(node).id();
        if (f.inGradient()) {
            Tensor in = f.inputs()[f.input()];
            TraceNode inNode = trace == null ? null : trace.node(in);
            sb.append("in the backward pass, ").append(id).append(" = ").append(definition).append(" gives ")
                    .append(inNode != null ? inNode.id() : "its input " + (f.input() + 1)).append(" a gradient that ")
                    .append(fault(f.value())).append(", from a finite adjoint");
        } else {
            sb.append(id != null ? id + " = " + definition : definition).append(' ').append(fault(f.value()))
                    .append(f.inputs().length == 0 ? "" : f.inputs().length == 1 ? " although its input is finite" : " although its inputs are finite");
        }
        if (inputs.length() > 0) sb.append(" (").append(inputs).append(')');
        sb.append("; ").append(f.inGradient() ? id + " was created by " : "created by ").append(origin(f.origin(), program, source));
        if (id != null) sb.append("; numbered as in :trace ").append(target != null ? target : "of that node");
        return sb.toString();
    }

    private static String nameOf(Tensor t, Map<String, Object> variables) {
        for (Map.Entry<String, Object> e : variables.entrySet()) if (e.getValue() == t) return e.getKey();
        return null;
    }

    /** The statement as written: its text from this input with its line, or printed from the tree if it came from an earlier one. */
    private static String origin(Object where, Object program, String source) {
        if (!(where instanceof Interpreter.Where w)) return "a statement run before :set anomaly on";
        Stmt s = w.statement();
        if (w.source() == program && source != null) {
            int from = s.span().offset(), to = Math.min(source.length(), s.span().end());
            String text = source.substring(from, to);
            int nl = text.indexOf('\n');
            return "`" + (nl >= 0 ? text.substring(0, nl) : text).strip() + "` (line " + s.span().line() + ")";
        }
        String text = Unparser.statement(s);
        int nl = text.indexOf('\n');
        return "`" + (nl >= 0 ? text.substring(0, nl) : text) + "` (an earlier input)";
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
        return a.ndim() == 0 ? number(a.item()) : "shape " + Shapes.str(a.shape());
    }

    private static String number(double v) {
        return Values.formatNumber(v);
    }
}
