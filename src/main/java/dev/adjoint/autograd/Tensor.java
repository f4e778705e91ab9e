package dev.adjoint.autograd;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node of the computational graph: a value, the op and inputs that produced it (none for a
 * leaf), whether gradients flow to it, and the gradient accumulated by {@code backward}.
 */
public final class Tensor implements Undoable {
    private static final Tensor[] NO_INPUTS = new Tensor[0];
    /** Creation order, used to break ties in the lecture's depth order; shared by all graphs, it only orders. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private NDArray value;
    private final Op op;
    private final Tensor[] inputs;
    private final long seq;
    private boolean requiresGrad;
    private boolean retainsGrad;
    private Tensor grad;
    private String name;

    private Tensor(NDArray value, Op op, Tensor[] inputs, boolean requiresGrad) {
        this.value = value;
        this.op = op;
        this.inputs = inputs;
        this.requiresGrad = requiresGrad;
        this.seq = SEQUENCE.getAndIncrement();
    }

    /** A leaf: an input when it requires grad, a constant otherwise. */
    public static Tensor leaf(NDArray value, boolean requiresGrad) {
        return new Tensor(value, null, NO_INPUTS, requiresGrad);
    }

    public static Tensor constant(NDArray value) {
        return leaf(value, false);
    }

    public static Tensor constant(double v) {
        return leaf(NDArray.scalar(v), false);
    }

    /**
     * Applies an op. The graph is recorded only when grad mode is on and some input requires grad,
     * as in PyTorch; otherwise the result is a constant leaf and old graphs can be released.
     */
    public static Tensor apply(Op op, Tensor... inputs) {
        NDArray[] values = new NDArray[inputs.length];
        boolean record = false;
        for (int i = 0; i < inputs.length; i++) {
            values[i] = inputs[i].value;
            record |= inputs[i].requiresGrad;
        }
        NDArray out = op.compute(values);
        Tensor t = record && GradMode.isEnabled() ? new Tensor(out, op, inputs, true) : new Tensor(out, null, NO_INPUTS, false);
        Anomaly.Recorder anomaly = Anomaly.current();
        if (anomaly != null) anomaly.created(t, op, inputs);
        return t;
    }

    // ---- graph structure ----

    public NDArray value() {
        return value;
    }

    public Op op() {
        return op;
    }

    public List<Tensor> inputs() {
        return List.of(inputs);
    }

    public int inputCount() {
        return inputs.length;
    }

    public Tensor input(int i) {
        return inputs[i];
    }

    public boolean isLeaf() {
        return op == null;
    }

    public long seq() {
        return seq;
    }

    /** The creation number the next tensor will get: with {@link #seq}, which input created a node. */
    public static long nextSeq() {
        return SEQUENCE.get();
    }

    public int[] shape() {
        return value.shape();
    }

    public int ndim() {
        return value.ndim();
    }

    public double item() {
        return value.item();
    }

    // ---- autograd state ----

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Only leaves can change this flag, as in PyTorch. */
    public void setRequiresGrad(boolean requiresGrad) {
        if (!isLeaf())
            throw new AutogradException("you can only change requires_grad flags of leaf variables");
        UndoLog.touch(this);
        this.requiresGrad = requiresGrad;
    }

    public Tensor grad() {
        return grad;
    }

    public void setGrad(Tensor grad) {
        if (grad != null && !grad.value.sameShape(value))
            throw new AutogradException("assigned grad has shape " + dev.adjoint.ndarray.Shapes.str(grad.shape())
                    + " but the tensor has shape " + dev.adjoint.ndarray.Shapes.str(shape()));
        UndoLog.touch(this);
        this.grad = grad;
    }

    /** PyTorch's retain_grad(): a non-leaf keeps its gradient after backward. */
    public void retainGrad() {
        if (!requiresGrad) throw new AutogradException("can't retain_grad on Tensor that has requires_grad=False");
        UndoLog.touch(this);
        retainsGrad = true;
    }

    public boolean retainsGrad() {
        return retainsGrad || (isLeaf() && requiresGrad);
    }

    /** {@code x.data = v}: replaces the value in place without growing the graph. */
    public void setData(NDArray newValue) {
        UndoLog.touch(this);
        this.value = newValue;
    }

    /** What a failed input puts back: the value, the gradient and the flags (fields, not setters: nothing to check or record). */
    @Override
    public Runnable snapshot() {
        NDArray v = value;
        Tensor g = grad;
        boolean rg = requiresGrad, retains = retainsGrad;
        return () -> {
            value = v;
            grad = g;
            requiresGrad = rg;
            retainsGrad = retains;
        };
    }

    /** A constant leaf sharing this value (PyTorch's detach / .data). */
    public Tensor detach() {
        return leaf(value, false);
    }

    /** The variable name a leaf was first bound to, for traces; null if none. */
    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void backward() {
        Autograd.backward(this, null, false);
    }

    public void backward(Tensor seed) {
        Autograd.backward(this, seed, false);
    }

    @Override
    public String toString() {
        return "Tensor(" + value + (op != null ? ", op=" + op.name() : requiresGrad ? ", input" : "") + ")";
    }
}
