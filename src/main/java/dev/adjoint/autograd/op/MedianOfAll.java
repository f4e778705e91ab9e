package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.Arrays;

/**
 * x.median() and x.nanmedian() without a dim: the lower median (entry (m − 1) / 2 in sorted order)
 * of all m entries (nanmedian: of those that are not NaN), NaN when median meets a NaN or nanmedian
 * finds only NaN. PyTorch returns no index here, and its gradient (evenly_distribute_backward) is
 * shared equally among the entries equal to the value (the NaN entries when it is NaN), as max()'s.
 */
public final class MedianOfAll implements Op {
    private final boolean ignoreNan;

    MedianOfAll(boolean ignoreNan) {
        this.ignoreNan = ignoreNan;
    }

    public String name() { return ignoreNan ? "nanmedian" : "median"; }

    public NDArray compute(NDArray[] in) {
        double[] x = in[0].toArray();
        double[] numbers = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
        if (numbers.length == 0 || (!ignoreNan && numbers.length < x.length)) return NDArray.scalar(Double.NaN);
        Arrays.sort(numbers);
        return NDArray.scalar(numbers[(numbers.length - 1) / 2]);
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        return new Tensor[] {Ops.mul(Ops.broadcastTo(g, out.input(0).shape()), share(out))};
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Ops.sum(Ops.mul(t[0], share(out))); }

    /** Constant weights: 1/k on each of the k entries equal to the median (NaN matching NaN), 0 elsewhere. */
    private static Tensor share(Tensor out) {
        double m = out.value().item();
        NDArray hit = out.input(0).value().map(v -> v == m || (Double.isNaN(v) && Double.isNaN(m)) ? 1 : 0);
        return Tensor.constant(hit.div(NDArray.scalar(hit.sum(null, false).item())));
    }

    public String torchName(Tensor out) { return ignoreNan ? "NanmedianBackward0" : "MedianBackward0"; }

    public int saved(Tensor out) { return 1 | Op.OUTPUT; }
}
