package dev.adjoint.autograd;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
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
        NodeIndex position = new NodeIndex(); // node -> its index in topo, plus one
        List<Tensor> topo = Graph.topologicalOrder(List.of(y), position);
        int n = topo.size();
        Tensor[] adj = new Tensor[n]; // adjoints by topological position: no map lookups on the way back
        adj[n - 1] = ybar; // y comes last
        Anomaly.Recorder anomaly = Anomaly.current();
        if (anomaly != null) anomaly.pause(true); // the ops below are gradients: checked edge by edge instead
        try (GradMode.Scope ignored = GradMode.set(createGraph)) {
            for (int k = n - 1; k >= 0; k--) {
                if ((k & 1023) == 0) ComputationInterrupted.poll();
                Tensor v = topo.get(k);
                if (v.isLeaf()) continue;
                Tensor g = adj[k];
                if (!keepAll && !v.retainsGrad()) adj[k] = null; // let intermediate adjoints go early
                if (g == null) continue; // not on a path to y that carries gradient
                Tensor[] parts = v.op().vjp(g, v);
                for (int i = 0; i < v.inputCount(); i++) {
                    Tensor in = v.input(i);
                    if (!in.requiresGrad() || parts[i] == null) continue;
                    if (!parts[i].value().sameShape(in.value()))
                        throw new IllegalStateException(v.op().name() + " produced a gradient of shape " + Shapes.str(parts[i].shape())
                                + " for an input of shape " + Shapes.str(in.shape()));
                    if (anomaly != null) anomaly.gradient(y, v, i, g, parts[i]);
                    if (listener != null) listener.edge(in, v, i, parts[i]);
                    int j = position.get(in) - 1;
                    adj[j] = adj[j] == null ? parts[i] : Ops.add(adj[j], parts[i]);
                }
            }
        } finally {
            if (anomaly != null) anomaly.pause(false);
        }
        IdentityHashMap<Tensor, Tensor> result = new IdentityHashMap<>();
        for (int k = 0; k < n; k++) if (adj[k] != null) result.put(topo.get(k), adj[k]);
        return result;
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
        Anomaly.Recorder anomaly = Anomaly.current();
        if (anomaly != null) anomaly.pause(true); // tangents are not values of the graph
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            int visited = 0;
            for (Tensor v : Graph.topologicalOrder(y)) {
                if ((++visited & 1023) == 0) ComputationInterrupted.poll();
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
        } finally {
            if (anomaly != null) anomaly.pause(false);
        }
        return tan;
    }

    /**
     * The Jacobian of y with respect to x, shape y.shape + x.shape, built row by row from one
     * reverse pass per element of y. With {@code createGraph} it is differentiable (for hessian).
     */
    public static Tensor jacobian(Tensor y, Tensor x, boolean createGraph) {
        int rows = y.value().size(), cols = x.value().size();
        int[] shape = new int[y.ndim() + x.ndim()];
        System.arraycopy(y.shape(), 0, shape, 0, y.ndim());
        System.arraycopy(x.shape(), 0, shape, y.ndim(), x.ndim());
        Limits.checkShape(shape); // outputs × inputs, before the first row is computed
        List<Tensor> rowGrads = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            ComputationInterrupted.poll();
            double[] e = new double[rows];
            e[i] = 1;
            Tensor seed = Tensor.constant(NDArray.of(e, y.shape()));
            Tensor g = y.requiresGrad() ? grad(y, List.of(x), seed, createGraph).get(0) : Tensor.constant(NDArray.zeros(x.shape()));
            rowGrads.add(Ops.reshape(g, cols));
        }
        if (rows == 0) return Tensor.constant(NDArray.zeros(shape));
        return Ops.reshape(Ops.stack(rowGrads, 0), shape);
    }

    /** The Hessian of a one-element y with respect to x: the Jacobian of the differentiable gradient. */
    public static Tensor hessian(Tensor y, Tensor x) {
        if (y.value().size() != 1) throw new AutogradException("hessian needs a scalar output, got shape " + Shapes.str(y.shape()));
        Tensor g = grad(y, List.of(x), null, true).get(0);
        return jacobian(g, x, false);
    }

    /** Jacobian-vector product J u: forward mode with x's tangent u. */
    public static Tensor jvp(Tensor y, Tensor x, Tensor u) {
        Tensor t = tangents(y, Map.of(x, u)).get(y);
        return t != null ? t : Tensor.constant(NDArray.zeros(y.shape()));
    }

    /** Vector-Jacobian product vᵀ J: reverse mode with y's adjoint v. */
    public static Tensor vjp(Tensor y, Tensor x, Tensor v) {
        return grad(y, List.of(x), v, false).get(0);
    }
}
