package dev.adjoint.render;

import dev.adjoint.autograd.Tensor;

/**
 * Says where a NaN or infinity first appears in a trace and why (the op's own {@code domainNote}:
 * ln of a negative number is NaN and ln 0 is −inf, as in PyTorch and NumPy); the adjoint engine
 * does not stop on them.
 */
final class Domain {
    private Domain() {}

    static String note(Tensor t) {
        double[] v = t.value().toArray();
        boolean nan = false, inf = false;
        for (double d : v) {
            nan |= Double.isNaN(d);
            inf |= Double.isInfinite(d);
        }
        if (!nan && !inf) return "";
        for (Tensor in : t.inputs())
            for (double d : in.value().toArray())
                if (Double.isNaN(d) || Double.isInfinite(d)) return (nan ? "nan" : "inf") + " from an input";
        String what = nan ? "nan" : "inf";
        if (t.isLeaf()) return what + " given";
        String why = t.op().domainNote(nan); // each op knows where its domain ends
        return why != null ? why : what + " produced by " + t.op().name();
    }
}
