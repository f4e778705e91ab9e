package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse mode (adjoints, PyTorch's backward and autograd.grad) and forward mode (tangents) over a
 * recorded graph.
 *
 * <p>Two kinds of reverse pass: PyTorch's ({@link #backward(List, List, boolean, boolean, List)},
 * {@link #grad(List, List, List, boolean, boolean, boolean)}) checks what PyTorch checks (a saved
 * tensor changed in place, a second pass through freed nodes) and frees the nodes it ran unless
 * asked to retain the graph; the lecture's tools ({@link #adjoints}, the bare {@code grad} helper,
 * jacobian, the REPL's commands) look at any live graph as often as they like.
 */
public final class Autograd {
    /**
     * PyTorch's error when a tensor a backward node saved (the node made at creation number
     * {@code seq}) was changed in place since: for the rules that read tensors other than their
     * inputs and output (a decomposition's sibling outputs); {@code output} names where the tensor
     * came from, "output 1 of LinalgEighBackward0".
     */
    public static void checkUnchanged(Tensor saved, long seq, String output) {
        if (saved.changedAfter(seq)) throw ReversePass.changedInPlace(saved, saved.shape(), output, saved.versionAt(seq));
    }

    private Autograd() {}

    public static final String SECOND_BACKWARD = "Trying to backward through the graph a second time (or directly access saved tensors after "
            + "they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
            + "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to "
            + "access saved tensors after calling backward.";

    /** Sees each adjoint contribution as reverse mode computes it: the partial adjoint along one edge. */
    @FunctionalInterface
    public interface EdgeListener {
        void edge(Tensor from, Tensor to, int inputIndex, Tensor partialAdjoint);
    }

    /**
     * Reverse mode for the lecture's tools: the adjoint of every node reachable from {@code y} that
     * requires grad, on any live graph (nothing is checked or freed). {@code seed} is v̄y (null:
     * ones, allowed only for one-element y). With {@code createGraph} the adjoints are recorded as
     * graph nodes, so they can be differentiated again. With {@code keepAll} false, only leaves'
     * and retain_grad nodes' adjoints are kept.
     */
    public static Map<Tensor, Tensor> adjoints(Tensor y, Tensor seed, boolean createGraph, boolean keepAll, EdgeListener listener) {
        return new ReversePass(createGraph, true, false, keepAll, listener).run(List.of(y), seed == null ? null : Collections.singletonList(seed), null);
    }

    /**
     * PyTorch's {@code torch.autograd.backward} ({@code y.backward(gradient, retain_graph,
     * create_graph, inputs)}): accumulates d root / d x (times the seeds) into {@code .grad} of
     * every leaf (or of {@code inputs} only, leaves or not) and frees the graph unless
     * {@code retainGraph}.
     */
    public static void backward(List<Tensor> roots, List<Tensor> seeds, boolean retainGraph, boolean createGraph, List<Tensor> inputs) {
        if (inputs != null && inputs.isEmpty()) throw new AutogradException("'inputs' argument to backward() cannot be empty.");
        for (Tensor r : roots) r.syncView();
        if (inputs != null) for (Tensor x : inputs) if (!x.requiresGrad()) throw new AutogradException("One of the differentiated Tensors does not require grad");
        Map<Tensor, Tensor> adj = new ReversePass(createGraph, retainGraph || createGraph, true, false, null).run(roots, seeds, inputs);
        Set<Tensor> only = null;
        if (inputs != null) {
            only = Collections.newSetFromMap(new IdentityHashMap<>());
            only.addAll(inputs);
        }
        for (Map.Entry<Tensor, Tensor> e : adj.entrySet()) {
            Tensor t = e.getKey();
            if (only != null ? !only.contains(t) : !t.retainsGrad()) continue;
            accumulate(t, e.getValue(), createGraph);
        }
    }

    /** The REPL's :backward: PyTorch's accumulation into the leaves' .grad, on any live graph (nothing freed or checked). */
    public static void backward(Tensor y, Tensor seed, boolean createGraph) {
        Map<Tensor, Tensor> adj = adjoints(y, seed, createGraph, false, null);
        for (Map.Entry<Tensor, Tensor> e : adj.entrySet())
            if (e.getKey().retainsGrad()) accumulate(e.getKey(), e.getValue(), createGraph);
    }

    /**
     * Calling a node ({@code y.grad_fn(g)}): its backward rule applied to {@code gradOutput}, the
     * gradients for its PyTorch inputs (null for one that does not require grad), recorded when
     * grad mode is on; no hook runs. A leaf's node (AccumulateGrad) accumulates into its .grad
     * and gives nothing back.
     */
    public static Tensor[] applyNode(Tensor node, Tensor gradOutput) {
        if (node.isLeaf()) {
            accumulate(node, node.grad() == null ? copiedToShape(gradOutput, node.shape()) : gradOutput, false);
            return new Tensor[0];
        }
        ReversePass.checkSaved(node);
        // the rule runs on the gradient as given, of any shape, as PyTorch's formula does; the gradients of
        // operands broadcast together stay broadcast (PyTorch's engine, not its formulas, sums them to each
        // input's shape; expand's own formula sums)
        Tensor[] parts;
        boolean together = node.op().broadcasts() && node.inputCount() > 1;
        try (Scope s = together ? Ops.keepingBroadcast() : () -> {}) {
            parts = node.op().vjp(gradOutput, node);
        } catch (dev.adjoint.ndarray.ShapeException e) {
            Ops.checkBroadcast(gradOutput.shape(), node.shape()); // a rule computing with the output: PyTorch's message then
            throw e;
        }
        List<Tensor> out = new ArrayList<>();
        for (int i = 0; i < node.inputCount(); i++)
            if (node.op().isTorchInput(node, i)) out.add(node.input(i).requiresGrad() ? parts[i] : null);
        return out.toArray(new Tensor[0]);
    }

    /** AccumulateGrad called directly with a leaf's first gradient: copied into the leaf's shape, with copy_'s broadcasting and messages. */
    private static Tensor copiedToShape(Tensor g, int[] shape) {
        Ops.checkBroadcast(shape, g.shape());
        int[] b = dev.adjoint.ndarray.Shapes.broadcast(shape, g.shape());
        if (!java.util.Arrays.equals(b, shape))
            throw new AutogradException("output with shape " + Tensor.torchShape(shape) + " doesn't match the broadcast shape " + Tensor.torchShape(b));
        return Ops.broadcastTo(g, shape);
    }

    /**
     * PyTorch's AccumulateGrad: the first gradient is stored, later ones are added in place into
     * the same {@code .grad} tensor (so {@code g = x.grad} sees them), or, with create_graph, as a
     * new differentiable sum.
     */
    private static void accumulate(Tensor t, Tensor g, boolean createGraph) {
        Tensor old = t.grad();
        if (old == null) {
            t.setGrad(createGraph ? g : Tensor.constant(Views.laidOutAsLeaf(g.value(), t), g.dtype()));
        } else if (createGraph || old.requiresGrad()) {
            try (Scope ignored = GradMode.set(createGraph)) {
                t.setGrad(Ops.add(old, g));
            }
        } else {
            old.write(Views.laidOutAsLeaf(old.value().add(g.value()), t));
        }
    }

    /**
     * PyTorch's {@code torch.autograd.grad}: d outputs / d inputs (times the seeds) as a list, one
     * per input, null for an input the outputs do not use when {@code allowUnused} (an error
     * otherwise). Frees the graph unless {@code retainGraph}; differentiable with {@code createGraph}.
     */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, List<Tensor> gradOutputs,
                                    boolean retainGraph, boolean createGraph, boolean allowUnused) {
        for (Tensor r : outputs) r.syncView();
        for (Tensor x : inputs) if (!x.requiresGrad()) throw new AutogradException("One of the differentiated Tensors does not require grad");
        Map<Tensor, Tensor> adj = new ReversePass(createGraph, retainGraph, true, false, null).capturing().run(outputs, gradOutputs, inputs);
        List<Tensor> out = new ArrayList<>(inputs.size());
        for (Tensor x : inputs) {
            Tensor g = adj.get(x);
            if (g == null && !allowUnused)
                throw new AutogradException("One of the differentiated Tensors appears to not have been used in the graph. "
                        + "Set allow_unused=True if this is the desired behavior.");
            out.add(g == null ? null : createGraph ? g : g.frozen());
        }
        return out;
    }

    /**
     * The lecture's grad helper: d y / d x for each x (times the seed), as Tensors; zeros for an x
     * that y does not depend on. On any live graph; with {@code createGraph} the results are
     * differentiable, so grad(grad(y, x), x) works.
     */
    public static List<Tensor> grad(Tensor y, List<Tensor> wrt, Tensor seed, boolean createGraph) {
        List<Tensor> out = gradOfUsed(y, wrt, seed, createGraph);
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, Tensor.constant(NDArray.zeros(wrt.get(i).shape())));
        return out;
    }

    /** The same, with null for an x that y does not depend on (the language's grad helper reports it). */
    public static List<Tensor> gradOfUsed(Tensor y, List<Tensor> wrt, Tensor seed, boolean createGraph) {
        Map<Tensor, Tensor> adj = adjoints(y, seed, createGraph, true, null);
        List<Tensor> out = new ArrayList<>();
        for (Tensor x : wrt) out.add(adj.get(x));
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
        try (Scope ignored = GradMode.noGrad()) {
            int visited = 0;
            for (Tensor v : Graph.topologicalOrder(y)) {
                if ((++visited & 1023) == 0) ComputationInterrupted.poll();
                if (v.isLeaf()) {
                    Tensor s = seeds.get(v);
                    if (s != null) {
                        if (!s.value().sameShape(v.value()))
                            throw new AutogradException("tangent of shape " + dev.adjoint.ndarray.Shapes.str(s.shape()) + " for an input of shape "
                                    + dev.adjoint.ndarray.Shapes.str(v.shape()));
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
        return Ops.view(Ops.stack(rowGrads, 0), shape); // as torch.autograd.functional.jacobian (ViewBackward0)
    }

    /** The Hessian of a one-element y with respect to x: the Jacobian of the differentiable gradient. */
    public static Tensor hessian(Tensor y, Tensor x) {
        if (y.value().size() != 1) throw new AutogradException("hessian needs a scalar output, got shape " + dev.adjoint.ndarray.Shapes.str(y.shape()));
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
