package dev.adjoint.session.report;

import dev.adjoint.autograd.Tensor;
import java.util.List;
import java.util.Objects;

/**
 * One row of a trace: the node's id (v1.. for inputs and ops, c1.. for constants), its op name as
 * JSON shows it ("input", "const", "ln", ...), the ids of its inputs, the variable name if any, and
 * whether that variable has been rebound since (it then names another value: the row is its old one).
 */
public record TraceNode(String id, Tensor tensor, String op, List<String> inputIds, String name, boolean rebound) {
    /** What a label says after the name of a rebound variable: "x1 (old)". */
    public static final String OLD = " (old)";

    public TraceNode(String id, Tensor tensor, String op, List<String> inputIds, String name) {
        this(id, tensor, op, inputIds, name, false);
    }

    // equals and hashCode written out, as the record's would be: the record's own are linked through
    // invokedynamic (ObjectMethods) at their first call, ~12% of a short script's CPU when :check
    // first keys a map by rows
    @Override
    public boolean equals(Object o) {
        return o instanceof TraceNode n && rebound == n.rebound && Objects.equals(id, n.id) && Objects.equals(tensor, n.tensor)
                && Objects.equals(op, n.op) && Objects.equals(inputIds, n.inputIds) && Objects.equals(name, n.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, tensor, op, inputIds, name, rebound);
    }

    public boolean isConstant() {
        return op.equals("const");
    }

    public boolean isInput() {
        return op.equals("input");
    }

    /** How tables and messages name it: its variable name ("x1 (old)" once rebound), else its id. */
    public String label() {
        return name != null ? shownName() : id;
    }

    /** The variable name as tables show it, "x1 (old)" once the variable holds something else; null if none. */
    public String shownName() {
        return name == null ? null : rebound ? name + OLD : name;
    }
}
