package dev.adjoint.render;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;

/** The text of a trace row: a node's definition in the lecture's notation and its value in one cell. */
public final class NodeText {
    private static final int CELL_ITEMS = 8;
    private final int precision;
    private final Symbols sym;

    public NodeText(int precision, Symbols sym) {
        this.precision = precision;
        this.sym = sym;
    }

    /** "x1" for a named input, "v1 × v2" for an op; scalar constants appear as their value. */
    public String definition(Trace trace, TraceNode n) {
        Tensor t = n.tensor();
        if (n.isInput()) return n.name() != null ? n.shownName() : "input";
        if (n.isConstant()) return n.name() != null ? n.shownName() + " (const)" : t.ndim() == 0 ? value(t.value()) : "const";
        String[] args = new String[t.inputCount()];
        for (int i = 0; i < args.length; i++) args[i] = operand(trace.node(t.input(i)));
        return sym.text(t.op().notation(args));
    }

    /**
     * The node column: the id, and for an op bound to a variable that variable too ("v2 (a)",
     * "v2 (a, old)" once a is rebound); the target's own name is left to the line under the table.
     */
    public static String node(Trace trace, TraceNode n) {
        if (n.name() == null || n.isInput() || n.isConstant()) return n.id();
        if (n.tensor() == trace.output() && n.name().equals(trace.target()) && !n.rebound()) return n.id();
        return n.id() + " (" + n.name() + (n.rebound() ? ", old" : "") + ")";
    }

    /** How an op's row names its input: its id, or the number itself for a scalar constant. */
    public String operand(TraceNode in) {
        Tensor t = in.tensor();
        if (in.isConstant() && in.name() == null && t.ndim() == 0) {
            String s = Numbers.format(t.item(), Math.max(precision, 6));
            return s.startsWith("-") ? "(" + s + ")" : s;
        }
        return in.id();
    }

    /** Whether a row is shown in text traces: scalar constants are folded into their users' definitions. */
    public static boolean listed(TraceNode n) {
        return !Trace.isFoldedConstant(n.tensor());
    }

    public String value(NDArray a) {
        return a == null ? "" : TensorFormat.oneLine(a, precision, CELL_ITEMS);
    }

    public String shape(NDArray a) {
        return Shapes.str(a.shape());
    }
}
