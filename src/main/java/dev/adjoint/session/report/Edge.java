package dev.adjoint.session.report;

import dev.adjoint.autograd.Tensor;
import java.util.Set;

/** A partial adjoint v̄(from→to): the share of from's adjoint that flows back along the edge from → to. */
public record Edge(TraceNode from, TraceNode to, Tensor partialAdjoint) {
    /** Ops whose output shape is the broadcast of their inputs' shapes. */
    private static final Set<String> BROADCASTING = Set.of("add", "sub", "mul", "div", "pow", "broadcast_to");

    /**
     * The axes of to's shape that broadcasting added or stretched for from, so the adjoint was
     * summed over them on the way back (NumPy rules: leading axes, then axes where from has size 1).
     * Empty when nothing was broadcast.
     */
    public int[] broadcastAxes() {
        if (to.tensor().isLeaf() || !BROADCASTING.contains(to.op())) return new int[0];
        int[] in = from.tensor().shape(), out = to.tensor().shape();
        int lead = out.length - in.length, n = 0;
        int[] axes = new int[out.length];
        for (int i = 0; i < out.length; i++)
            if (i < lead || (in[i - lead] == 1 && out[i] != 1)) axes[n++] = i;
        return java.util.Arrays.copyOf(axes, n);
    }
}
