package dev.adjoint.optim;

import dev.adjoint.autograd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * An optimizer whose state per parameter is a step count and two buffers of the parameter's size
 * made at its first step (Adamax's exp_avg and exp_inf, RAdam's and NAdam's exp_avg and
 * exp_avg_sq, Adadelta's square_avg and acc_delta): their undo snapshot, PyTorch's state and its
 * loading, in one place.
 */
abstract class TwoBufferOptimizer extends Optimizer {
    private final String firstName, secondName;
    /** Whether PyTorch's step is a 0-d float tensor (Adam's family) rather than an int (Adadelta). */
    private final boolean tensorStep;
    protected double[][] first, second;
    protected int[] steps;

    TwoBufferOptimizer(List<Tensor> params, double lr, String firstName, String secondName, boolean tensorStep) {
        super(params, lr);
        this.firstName = firstName;
        this.secondName = secondName;
        this.tensorStep = tensorStep;
        int n = this.params.size();
        first = new double[n][];
        second = new double[n][];
        steps = new int[n];
    }

    /** Parameter k's buffers, zeros at its first step; returns its new step count. */
    protected final int advance(int k, int size) {
        if (first[k] == null) {
            first[k] = new double[size];
            second[k] = new double[size];
        }
        return ++steps[k];
    }

    @Override
    protected Runnable stateSnapshot() {
        double[][] a = copy(first), b = copy(second);
        int[] st = steps.clone();
        return () -> {
            first = a;
            second = b;
            steps = st;
        };
    }

    @Override
    public Map<String, Object> state(int k) {
        if (first[k] == null) return null;
        return stateOf("step", tensorStep ? (Object) (double) steps[k] : (Object) (long) steps[k], firstName, buffer(k, first[k]), secondName, buffer(k, second[k]));
    }

    @Override
    protected void load(int k, Map<String, Object> state) {
        int n = params.get(k).value().size();
        first[k] = orZeros(loaded(k, state, firstName), n);
        second[k] = orZeros(loaded(k, state, secondName), n);
        steps[k] = loadedStep(state);
    }
}
