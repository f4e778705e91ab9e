package dev.adjoint.lang;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.GradHooks;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * A node's hooks and its call, seen from Python ({@code grad_fn.register_prehook(fn)},
 * {@code grad_fn.register_hook(fn)}, {@code grad_fn(grad)}): fn gets tuples of gradients (None
 * where there is none) and may return a tuple of the same length to replace them, checked as
 * PyTorch 1.13 checks it. {@link GradHooks} says when a backward pass runs them.
 */
public final class NodeHooks {
    private NodeHooks() {}

    /** grad_fn.register_prehook(fn): fn(grad_outputs) before the node runs. */
    static Object registerPre(Tensor node, Args a) {
        Object fn = a.expect(1, 1).get(0);
        Interpreter in = a.interpreter();
        return new TensorHooks.RemovableHandle(GradHooks.addPre(node, grads -> replaced(in, fn, grads, in.call(fn, Arrays.asList(tuple(grads))))));
    }

    /** grad_fn.register_hook(fn): fn(grad_inputs, grad_outputs) after the node ran. */
    static Object registerPost(Tensor node, Args a) {
        Object fn = a.expect(1, 1).get(0);
        Interpreter in = a.interpreter();
        return new TensorHooks.RemovableHandle(addPost(node, in, fn, List.of()));
    }

    /** fn(*before, grad_inputs, grad_outputs) as a post-hook of node (a module's register_backward_hook passes the module first). */
    public static Runnable addPost(Tensor node, Interpreter in, Object fn, List<Object> before) {
        return GradHooks.addPost(node, (gradInputs, gradOutputs) -> {
            List<Object> args = new java.util.ArrayList<>(before);
            args.add(tuple(gradInputs));
            args.add(tuple(gradOutputs));
            return replaced(in, fn, gradInputs, in.call(fn, args));
        });
    }

    /** What a hook returned in place of {@code grads}: null (keep them) for None, else a tuple of as many, each checked. */
    private static Tensor[] replaced(Interpreter in, Object fn, Tensor[] grads, Object r) {
        if (r == null) return null;
        if (!(r instanceof List<?> values) || r instanceof PyList) throw PyError.type("expected tuple, but hook returned '" + Values.typeName(r) + "'");
        if (values.size() != grads.length)
            throw new PyError("RuntimeError", "hook '" + Attributes.get(in, fn, "__name__") + "' has returned an incorrect number of values (got "
                    + values.size() + ", but expected " + grads.length + ")");
        Tensor[] out = new Tensor[grads.length];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i) == null ? null : TensorHooks.checked(in, fn, values.get(i), grads[i]);
        return out;
    }

    /** grad_fn(grad): the node's backward rule applied to grad (a tensor for one input, a tuple otherwise). */
    static Object call(Tensor node, List<Object> args, java.util.Map<String, Object> keywords) {
        if (!keywords.isEmpty()) throw PyError.type("keyword arguments are not supported");
        if (args.size() != 1) throw PyError.type("expected 1 arguments, got " + args.size() + " instead");
        Object g = args.get(0);
        if (g != null && !(g instanceof Tensor)) throw PyError.type("argument 0 is not a Variable");
        Tensor[] grads = g == null ? new Tensor[node.isLeaf() ? 0 : GradFn.of(node).nextFunctions().size()] : Autograd.applyNode(node, (Tensor) g);
        return grads.length == 1 ? grads[0] : tuple(grads);
    }

    private static List<Object> tuple(Tensor[] grads) {
        return Values.tuple((Object[]) grads);
    }
}
