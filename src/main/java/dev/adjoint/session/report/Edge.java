package dev.adjoint.session.report;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Shapes;

/** A partial adjoint v̄(from→to): the share of from's adjoint that flows back along the edge from → to. */
public record Edge(TraceNode from, TraceNode to, Tensor partialAdjoint) {
    /**
     * The axes of to's shape that broadcasting added or stretched for from, so the adjoint was
     * summed over them on the way back (NumPy rules: leading axes, then axes where from has size 1).
     * Empty when nothing was broadcast.
     */
    public int[] broadcastAxes() {
        if (to.tensor().isLeaf() || !to.tensor().op().broadcasts()) return new int[0];
        return Shapes.broadcastAxes(from.tensor().shape(), to.tensor().shape());
    }
}
