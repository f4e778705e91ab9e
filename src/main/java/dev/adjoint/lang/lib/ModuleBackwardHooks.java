package dev.adjoint.lang.lib;

import dev.adjoint.autograd.GradHooks;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.GradFn;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.NodeHooks;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.TensorHooks;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One call's backward hooks of a module, as PyTorch 1.13's {@code torch.utils.hooks.BackwardHook}
 * sets them up. Full hooks ({@code register_full_backward_hook}): the tensors going in and coming
 * out pass through identity nodes (BackwardHookFunctionBackward); when the output's node runs it
 * keeps the gradients of the outputs, and when the input's node runs the hooks get
 * {@code (module, grad_input, grad_output)}, and what one returns replaces grad_input. Old-style
 * hooks ({@code register_backward_hook}) are post-hooks of the first output's grad_fn, with
 * PyTorch's deprecation warnings.
 *
 * <p>PyTorch puts all of a call's input tensors through one node; adjoint's nodes have one output,
 * so several inputs that require grad pass through one node of all their entries (tensors that do
 * not require grad pass by, their gradients zeros as PyTorch's Function makes them). A call where
 * no input but several outputs require grad is refused rather than running the hooks apart.
 */
final class ModuleBackwardHooks {
    private final PyInstance module;
    private final List<Object> hooks;
    private final Interpreter in;
    private Object[] gradOutputs; // null until the output's node ran
    private int inputCount = -1, outputCount = -1;
    private List<Integer> inputTensors; // null: no input requires grad

    ModuleBackwardHooks(PyInstance module, List<Object> hooks, Interpreter in) {
        this.module = module;
        this.hooks = hooks;
        this.in = in;
    }

    /**
     * The call's inputs, those that require grad put through one node whose post-hook runs the
     * module's hooks: an identity node for one; for several, a node of all their entries, each
     * input's stand-in a view of the input taken out of it ({@link Ops#backwardHookGate}).
     */
    List<Object> setUpInputs(List<Object> args) {
        inputCount = args.size();
        List<Integer> tensors = tensorPositions(args);
        if (tensors == null) return args;
        inputTensors = tensors;
        List<Integer> grads = new ArrayList<>();
        for (int i : tensors) if (((Tensor) args.get(i)).requiresGrad()) grads.add(i);
        List<Object> out = new ArrayList<>(args);
        Tensor node;
        if (grads.size() == 1) {
            node = Views.of((Tensor) args.get(grads.get(0)), Ops::backwardHookFunction);
            out.set(grads.get(0), node);
        } else {
            Tensor[] ins = new Tensor[grads.size()];
            for (int k = 0; k < ins.length; k++) ins[k] = (Tensor) args.get(grads.get(k));
            Tensor gate = Ops.backwardHookGate(ins);
            for (int k = 0, at = 0; k < ins.length; at += ins[k].value().size(), k++) {
                int offset = at, size = ins[k].value().size();
                int[] shape = ins[k].shape();
                out.set(grads.get(k), Views.of(ins[k], x -> Ops.hookPart(gate, offset, shape), () -> firstPositions(size)));
            }
            node = gate;
        }
        GradHooks.addPost(node, (gradInputs, ignored) -> inputsReached(args, tensors, grads, gradInputs));
        return out;
    }

    private static int[] firstPositions(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }

    /** The call's result, each tensor that requires grad put through an identity node whose post-hook keeps its gradient. */
    Object setUpOutputs(Object result) {
        boolean isTuple = result instanceof List<?> && !(result instanceof PyList);
        List<Object> outs = isTuple ? new ArrayList<>((List<?>) result) : new ArrayList<>(Arrays.asList(result));
        outputCount = outs.size();
        List<Integer> tensors = tensorPositions(outs);
        if (tensors == null) return result;
        if (inputTensors == null) onlyOneRequiringGrad(outs, tensors); // the hooks then run from the one output's node
        for (int i : tensors) {
            Tensor t = (Tensor) outs.get(i);
            if (!t.requiresGrad()) continue;
            Tensor through = Views.of(t, Ops::backwardHookFunction);
            outs.set(i, through);
            GradHooks.addPost(through, (ignored, grads) -> outputReached(i, grads[0]));
        }
        return isTuple ? Values.tuple(outs) : outs.get(0);
    }

    private Tensor[] outputReached(int position, Tensor grad) {
        if (gradOutputs == null) gradOutputs = new Object[outputCount];
        gradOutputs[position] = grad;
        if (inputTensors == null) { // no input requires grad: the hooks run here, and may only give None back
            Object[] none = new Object[inputCount];
            for (Object hook : hooks) {
                Object r = in.call(hook, Arrays.asList(module, Values.tuple(none), Values.tuple(gradOutputs)));
                if (r != null && !(r instanceof List<?> l && !(r instanceof PyList) && l.stream().allMatch(x -> x == null)))
                    throw new PyError("RuntimeError", "Backward hook for Modules where no input requires gradient should always return None or None for all gradients.");
            }
            gradOutputs = null;
        }
        return null;
    }

    /** The hooks, given the gradients of the inputs that require grad (at positions grads) and zeros for the other tensors; what they return replaces the first. */
    private Tensor[] inputsReached(List<Object> args, List<Integer> tensors, List<Integer> grads, Tensor[] gradInputs) {
        if (gradOutputs == null) return null; // the gradient reached the input without passing the output (double backward)
        Object[] res = new Object[inputCount];
        for (int i : tensors) res[i] = Tensor.constant(NDArray.zeros(((Tensor) args.get(i)).shape()));
        for (int k = 0; k < grads.size(); k++) res[grads.get(k)] = gradInputs[k];
        List<Object> given = Values.tuple(res);
        for (Object hook : hooks) {
            Object out = in.call(hook, Arrays.asList(module, given, Values.tuple(gradOutputs)));
            if (out == null) continue;
            if (!(out instanceof List<?>)) throw PyError.type("object of type '" + Values.typeName(out) + "' has no len()");
            List<Object> items = Values.items(out);
            if (items.size() != inputCount)
                throw new PyError("RuntimeError", "Backward hook returned an invalid number of grad_input, got " + items.size() + ", but expected " + inputCount);
            given = items;
        }
        gradOutputs = null;
        Tensor[] replaced = new Tensor[grads.size()];
        for (int k = 0; k < replaced.length; k++) {
            Object r = given.get(grads.get(k));
            replaced[k] = r == null ? null : TensorHooks.checked("hook", r, gradInputs[k]); // PyTorch names its inner function
        }
        return replaced;
    }

    /** The positions of the tensors among args, or null when none requires grad or grad mode is off (PyTorch then sets up nothing). */
    private static List<Integer> tensorPositions(List<Object> args) {
        List<Integer> at = new ArrayList<>();
        boolean requiresGrad = false;
        for (int i = 0; i < args.size(); i++)
            if (args.get(i) instanceof Tensor t) {
                at.add(i);
                requiresGrad |= t.requiresGrad();
            }
        return requiresGrad && GradMode.isEnabled() ? at : null;
    }

    /** When no input requires grad, the hooks run from an output's node: one output that requires grad, more refused. */
    private static int onlyOneRequiringGrad(List<Object> args, List<Integer> tensors) {
        int found = -1, count = 0;
        for (int i : tensors)
            if (((Tensor) args.get(i)).requiresGrad()) {
                found = i;
                count++;
            }
        if (count > 1)
            throw new PyError("NotImplementedError", "adjoint runs a module's full backward hooks, for a call where no input requires grad, "
                    + "with one output tensor that requires grad (this one has " + count + "); PyTorch puts them all through one node");
        return found;
    }

    /** register_backward_hook's hooks: post-hooks of the grad_fn of the result's first tensor, warned about as PyTorch 1.13 warns. */
    static void oldStyle(PyInstance module, List<Object> hooks, List<Object> input, Object result, Interpreter in) {
        Object var = result;
        while (!(var instanceof Tensor)) {
            if (var instanceof PyDict d) var = d.entries().stream().map(PyDict.Entry::value).filter(v -> v instanceof Tensor).findFirst().orElse(null);
            else if (var instanceof List<?> l && !l.isEmpty()) var = l.get(0);
            else return;
        }
        Tensor out = (Tensor) var;
        if (!out.requiresGrad() || out.isLeaf()) return;
        for (Object hook : hooks) NodeHooks.addPost(out, in, hook, List.of(module));
        warnIfPartial(input, result, out, in);
    }

    private static void warnIfPartial(List<Object> input, Object result, Tensor node, Interpreter in) {
        String missing = " is deprecated and will be removed in future versions. This hook will be missing some ";
        String use = " Please use register_full_backward_hook to get the documented behavior.";
        List<?> results = result instanceof Tensor ? List.of(result) : result instanceof List<?> l && !(result instanceof PyList) ? l : null;
        if (results == null || !results.stream().allMatch(r -> r instanceof Tensor)) {
            warn(in, "Using non-full backward hooks on a Module that does not return a single Tensor or a tuple of Tensors" + missing + "of the grad_output." + use);
            return;
        }
        if (!input.stream().allMatch(i -> i instanceof Tensor)) {
            warn(in, "Using non-full backward hooks on a Module that does not take as input a single Tensor or a tuple of Tensors" + missing + "of the grad_input." + use);
            return;
        }
        Set<Object> outNodes = gradFns(results);
        if (outNodes.isEmpty() || (outNodes.size() == 1 && !outNodes.contains(GradFn.of(node))))
            warn(in, "Using a non-full backward hook when outputs are nested in python data structure" + missing + "grad_output.");
        else if (outNodes.size() > 1)
            warn(in, "Using a non-full backward hook when outputs are generated by different autograd Nodes" + missing + "grad_output." + use);
        else if (!gradFns(input).equals(new HashSet<>(GradFn.of(node).nextFunctions().stream().map(p -> ((List<?>) p).get(0)).toList())))
            warn(in, "Using a non-full backward hook when the forward contains multiple autograd Nodes" + missing + "grad_input." + use);
    }

    /** The grad_fn of each tensor that has one (a leaf has none). */
    private static Set<Object> gradFns(List<?> tensors) {
        Set<Object> out = new HashSet<>();
        for (Object o : tensors) if (o instanceof Tensor t && !t.isLeaf()) out.add(GradFn.of(t));
        return out;
    }

    private static void warn(Interpreter in, String message) {
        in.warn("UserWarning", message, "torch.nn.modules.module");
    }
}
