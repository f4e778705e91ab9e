package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;

/**
 * The one node a module call's input tensors pass through for its full backward hooks when
 * several require grad (PyTorch's BackwardHookFunction takes them all at once; adjoint's nodes
 * have one output): its value is their entries one after another, and each input's stand-in is
 * its part taken out again ({@link Ops#hookPart}). So the node runs once, after every use of every
 * stand-in, with all their gradients, and its rule hands each input its part.
 */
final class HookGate implements Op {
    private final int[][] shapes;

    HookGate(int[][] shapes) {
        this.shapes = shapes;
    }

    public String name() { return "backward_hook"; }

    public NDArray compute(NDArray[] in) {
        int n = 0;
        for (NDArray a : in) n += a.size();
        double[] out = new double[n];
        int at = 0;
        for (NDArray a : in) {
            double[] v = a.toArray();
            System.arraycopy(v, 0, out, at, v.length);
            at += v.length;
        }
        return NDArray.of(out, new int[] {n});
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        Tensor[] parts = new Tensor[shapes.length];
        for (int i = 0, at = 0; i < shapes.length; at += Shapes.size(shapes[i]), i++) parts[i] = Ops.hookPart(g, at, shapes[i]);
        return parts;
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        Tensor[] parts = new Tensor[t.length];
        for (int i = 0; i < t.length; i++) parts[i] = t[i] != null ? t[i] : Tensor.constant(NDArray.zeros(shapes[i]));
        return Tensor.apply(this, parts);
    }

    public String torchName(Tensor out) { return "BackwardHookFunctionBackward"; }
}
