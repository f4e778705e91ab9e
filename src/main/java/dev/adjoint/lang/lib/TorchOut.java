package dev.adjoint.lang.lib;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code out=} keyword of torch's functions ({@code torch.add(a, b, out=c)},
 * {@code torch.matmul(x, y, out=z)}): the result is written into the given tensor, which is
 * returned, as PyTorch's out variants do. Like PyTorch, they refuse to take part in autograd (an
 * operand that requires grad in grad mode is an error), refuse a float result into an integer
 * tensor, and resize an out tensor of another shape.
 */
final class TorchOut {
    private TorchOut() {}

    /** Every function of the module accepts out= (one that gives no tensor says it takes no such keyword). */
    static void addTo(PyModule m) {
        addTo(m, Set.of());
    }

    /** The same but for the members named in {@code without}, which refuse out= as any unknown keyword. */
    static void addTo(PyModule m, Set<String> without) {
        for (Map.Entry<String, Object> e : Map.copyOf(m.members()).entrySet())
            if (e.getValue() instanceof Builtin b && !without.contains(e.getKey())) m.add(e.getKey(), accepting(b));
    }

    private static Builtin accepting(Builtin b) {
        return new Builtin(b.name(), b.constructor(), a -> a.has("out") ? into(b, a) : b.fn().apply(a));
    }

    private static Object into(Builtin b, Args a) {
        Object o = a.keyword("out");
        Map<String, Object> rest = new LinkedHashMap<>(a.keywords());
        rest.remove("out");
        Object r = b.fn().apply(new Args(a.function(), a.positional(), rest, a.span(), a.interpreter()));
        if (o == null) return r;
        if (!(r instanceof Tensor result)) throw PyError.type(b.name() + "() got an unexpected keyword argument 'out'");
        if (!(o instanceof Tensor out)) throw PyError.type(b.name() + "(): argument 'out' must be Tensor, not " + Values.typeName(o));
        if (GradMode.isEnabled() && (result.requiresGrad() || out.requiresGrad()))
            throw new PyError("RuntimeError", b.name() + "(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.");
        if (result.dtype().ordinal() > out.dtype().ordinal())
            throw new PyError("RuntimeError", "result type " + result.dtype().scalarName() + " can't be cast to the desired output type " + out.dtype().scalarName());
        if (!result.value().sameShape(out.shape())) out.setData(NDArray.zeros(result.shape())); // resized, as PyTorch (which warns when out had elements)
        out.write(result.value());
        return out;
    }
}
