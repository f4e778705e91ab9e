package dev.adjoint.session.report;

import dev.adjoint.ndarray.NDArray;
import java.util.List;

/** The session's variables, in order of first binding, each with what it is and, for a tensor, its graph's size. */
public record VarsReport(List<Var> vars) {
    /**
     * One variable: its name and kind ("input", "const", the op that made a tensor, or the kind of
     * another value); for a tensor its value, shape, requires_grad and the nodes of its graph
     * (array null for other values, whose value is the language's own).
     */
    public record Var(String name, String kind, Object value, NDArray array, boolean requiresGrad, int nodes) {
        public boolean isTensor() {
            return array != null;
        }
    }
}
