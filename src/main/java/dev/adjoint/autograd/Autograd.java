package dev.adjoint.autograd;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Reverse mode (adjoints, backward, grad) and forward mode (tangents) over a recorded graph. */
public final class Autograd {
    private Autograd() {}

    /** Sees each adjoint contribution as reverse mode computes it: the partial adjoint along one edge. */
    @FunctionalInterface
    public interface EdgeListener {
        void edge(Tensor from, Tensor to, int inputIndex, Tensor partialAdjoint);
    }

    /**
     * Reverse mode: the adjoint of every node reachable from {@code y} that requires grad.
     * {@code seed} is v̄y (null: ones, allowed only for one-element y). With {@code createGraph}
     * the adjoints are recorded as graph nodes, so they can be differentiated again.
     * With {@code keepAll} false, only leaves' and retain_grad nodes' adjoints are kept.
     */
    public static Map<Tensor, Tensor> adjoints(Tensor y, Tensor seed, boolean createGraph, boolean keepAll, EdgeListener listener) {
        if (!y.requiresGrad())
            throw new AutogradException("element 0 of tensors does not require grad and does not have a grad_fn");
        Tensor ybar = seedFor(y, seed);
        List<Tensor> topo = Graph.topologicalOrder(y);
        IdentityHashMap<Tensor, Tensor> adj = new IdentityHashMap<>();
        adj.put(y, ybar);
        try (GradMode.Scope ignored = GradMode.set(createGraph)) {
            for (int k = topo.size() - 1; k >= 0; k--) {
                Tensor v = topo.get(k);
                if (v.isLeaf()) continue;
                Tensor g = keepAll || v.retainsGrad() ? adj.get(v) : adj.remove(v);
                if (g == null) continue; // not on a path to y that carries gradient
                Tensor[] parts = v.op().vjp(g, v);
                for (int i = 0; i < v.inputCount(); i++) {
                    Tensor in = v.input(i);
                    if (!in.requiresGrad() || parts[i] == null) continue;
                    if (!parts[i].value().sameShape(in.value()))
                        throw new IllegalStateException(v.op().name() + " produced a gradient of shape " + Shapes.str(parts[i].shape())
                                + " for an input of shape " + Shapes.str(in.shape()));
                    if (listener != null) listener.edge(in, v, i, parts[i]);
                    adj.merge(in, parts[i], Ops::add);
                }
            }
        }
        return adj;
    }

    private static Tensor seedFor(Tensor y, Tensor seed) {
        if (seed == null) {
            if (y.value().size() != 1) throw new AutogradException("grad can be implicitly created only for scalar outputs");
            return Tensor.constant(NDArray.ones(y.shape()));
        }
        if (!seed.value().sameShape(y.value()))
            throw new AutogradException("Mismatch in shape: grad_output[0] has a shape of " + Shapes.str(seed.shape())
                    + " and output[0] has a shape of " + Shapes.str(y.shape()));
        return seed;
    }

    /** PyTorch's backward: accumulates d y / d leaf (times the seed) into each leaf's {@code .grad}. */
    public static void backward(Tensor y, Tensor seed, boolean createGraph) {
        Map<Tensor, Tensor> adj = adjoints(y, seed, createGraph, false, null);
        for (Map.Entry<Tensor, Tensor> e : adj.entrySet()) {
            Tensor t = e.getKey();
            if (!t.retainsGrad()) continue;
            Tensor g = createGraph ? e.getValue() : e.getValue().detach();
            t.setGrad(t.grad() == null ? g : accumulate(t.grad(), g, createGraph));
        }
    }

    private static Tensor accumulate(Tensor old, Tensor g, boolean createGraph) {
        try (GradMode.Scope ignored = GradMode.set(createGraph)) {
            return Ops.add(old, g);
        }
    }

    /**
     * d y / d x for each x (times the seed), as Tensors; zeros for an x that y does not depend on.
     * With {@code createGraph} the results are differentiable, so grad(grad(y, x), x) works.
     */
    public static List<Tensor> grad(Tensor y, List<Tensor> wrt, Tensor seed, boolean createGraph) {
        Map<Tensor, Tensor> adj = adjoints(y, seed, createGraph, true, null);
        List<Tensor> out = new ArrayList<>();
        for (Tensor x : wrt) {
            Tensor g = adj.get(x);
            out.add(g != null ? g : Tensor.constant(NDArray.zeros(x.shape())));
        }
        return out;
    }

    /**
     * Forward mode: the tangent of every node reachable from {@code y}, given the tangents of some
     * leaves (the seed direction); a node missing from the result has tangent zero.
     */
    public static Map<Tensor, Tensor> tangents(Tensor y, Map<Tensor, Tensor> seeds) {
        IdentityHashMap<Tensor, Tensor> tan = new IdentityHashMap<>();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Tensor v : Graph.topologicalOrder(y)) {
                if (v.isLeaf()) {
                    Tensor s = seeds.get(v);
                    if (s != null) {
                        if (!s.value().sameShape(v.value()))
                            throw new AutogradException("tangent of shape " + Shapes.str(s.shape()) + " for an input of shape " + Shapes.str(v.shape()));
                        tan.put(v, s);
                    }
                    continue;
                }
                Tensor[] ins = new Tensor[v.inputCount()];
                boolean any = false;
                for (int i = 0; i < ins.length; i++) {
                    ins[i] = tan.get(v.input(i));
                    any |= ins[i] != null;
                }
                if (any) tan.put(v, v.op().jvp(ins, v));
            }
        }
        return tan;
    }
}
