package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;

/**
 * {@code torch.normal(mean, std)} with tensors: a draw already made, kept in the graph of its mean
 * and std. PyTorch does not reparameterise it: the gradient to mean and std is 0 (NormalBackward1
 * for a tensor mean, 2 for a tensor std, 3 for both).
 */
public final class NormalSample implements Op {
    private final NDArray sample;
    private final String torchName;

    NormalSample(NDArray sample, String torchName) {
        this.sample = sample;
        this.torchName = torchName;
    }

    public String name() { return "normal"; }

    public NDArray compute(NDArray[] in) { return sample; }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor[] zeros = new Tensor[out.inputCount()];
        for (int i = 0; i < zeros.length; i++) zeros[i] = Tensor.constant(NDArray.zeros(sample.shape()));
        return zeros;
    }

    public Tensor jvp(Tensor[] t, Tensor out) { return Tensor.constant(NDArray.zeros(sample.shape())); }

    public boolean broadcasts() { return true; }

    public String torchName(Tensor out) { return torchName; }
}
