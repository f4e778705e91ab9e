package dev.adjoint.session.report;

import dev.adjoint.autograd.Tensor;
import java.util.List;

/**
 * One row of a trace: the node's id (v1.. for inputs and ops, c1.. for constants), its op name as
 * JSON shows it ("input", "const", "ln", ...), the ids of its inputs, and the variable name if any.
 */
public record TraceNode(String id, Tensor tensor, String op, List<String> inputIds, String name) {
    public boolean isConstant() {
        return op.equals("const");
    }

    public boolean isInput() {
        return op.equals("input");
    }

    /** How tables and messages name it: its variable name, else its id. */
    public String label() {
        return name != null ? name : id;
    }
}
