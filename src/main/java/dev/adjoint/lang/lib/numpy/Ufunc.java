package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A binary NumPy ufunc (np.add, np.minimum, ...): called, it is the elementwise function; its
 * methods reduce, accumulate, outer and at apply it along an axis, to every pair, or in place.
 * Where NumPy's reduction of the ufunc is an array method (np.add.reduce is np.sum's loop, with
 * its pairwise float sum and its int64 accumulator for bools), that method does it; any other
 * ufunc folds from the left, as NumPy's loop does.
 */
final class Ufunc implements Callable, TabledHostObject, PyReprable {
    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("equal", "not_equal", "less", "less_equal", "greater", "greater_equal");
    private final Builtin function;
    private final String reduction, accumulation; // array methods, or null
    private final Object identity; // None (null) when the ufunc has none

    Ufunc(Builtin function, String reduction, String accumulation, Object identity) {
        this.function = function;
        this.reduction = reduction;
        this.accumulation = accumulation;
        this.identity = identity;
    }

    @Override
    public String name() {
        return function.name();
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        return function.call(interpreter, args, keywords, span);
    }

    @Override
    public String typeName() {
        return "numpy.ufunc";
    }

    @Override
    public String pyRepr() {
        return "<ufunc '" + name() + "'>";
    }

    private static final AttributeTable<Ufunc> ATTRIBUTES = new AttributeTable<Ufunc>()
            .method("reduce", Ufunc::reduce)
            .method("accumulate", Ufunc::accumulate)
            .method("outer", Ufunc::outer)
            .method("at", Ufunc::at)
            .value("__name__", Ufunc::name)
            .value("nin", u -> 2L)
            .value("nout", u -> 1L)
            .value("nargs", u -> 3L)
            .value("identity", u -> u.identity);

    @Override
    public AttributeTable<Ufunc> attributeTable() {
        return ATTRIBUTES;
    }

    private NpArray apply(Args a, Object x, Object y) {
        return Operand.required(function.fn().apply(new Args(name(), new ArrayList<>(Arrays.asList(x, y)), new HashMap<>(), a.span(), a.interpreter())), name());
    }

    /** ufunc.reduce(array, axis=0, dtype=None, keepdims=False): axis=None reduces every axis. */
    private Object reduce(Args a) {
        a.expect(1, 3, "axis", "dtype", "keepdims");
        NpArray x = ArrayFunctions.self(a);
        Object axis = a.size() > 1 || a.has("axis") ? a.option(1, "axis", null) : (Object) 0L;
        if (x.ndim() == 0) return NpArray.box(x); // NumPy gives a 0-d array back whatever the axis
        if (reduction != null) return method(reduction, a, x, axis);
        int[] ax = ArrayFunctions.axes(axis, x.ndim(), a);
        if (ax == null) {
            x = ArrayFunctions.flat(x);
            ax = new int[] {0};
        }
        NpArray r = x;
        Arrays.sort(ax);
        for (int i = ax.length - 1; i >= 0; i--) r = fold(a, r, ax[i], false);
        if (a.flag("keepdims", false)) {
            int[] shape = x.shape().clone();
            for (int k : ax) shape[k] = 1;
            r = ArrayFunctions.reshape(r, shape);
        }
        return NpArray.box(r);
    }

    /** ufunc.accumulate(array, axis=0, dtype=None): the running reduction, as cumsum is add's. */
    private Object accumulate(Args a) {
        a.expect(1, 3, "axis", "dtype");
        NpArray x = ArrayFunctions.self(a);
        Object axis = a.option(1, "axis", 0L);
        if (axis == null) throw PyError.value("accumulate does not allow multiple axes");
        if (accumulation != null) return method(accumulation, a, x, axis);
        return fold(a, x, ArrayFunctions.axis(axis, x.ndim(), a), true);
    }

    /** The array method m (sum, cumsum, ...) on x along axis, with the call's other keywords. */
    private static Object method(String m, Args a, NpArray x, Object axis) {
        Map<String, Object> keywords = new HashMap<>(a.keywords());
        keywords.remove("axis");
        List<Object> args = new ArrayList<>(Arrays.asList(x, axis));
        return ArrayFunctions.METHODS.get(m).apply(new Args(m, args, keywords, a.span(), a.interpreter()));
    }

    /** The left fold of the ufunc along axis k: its last value (reduce) or every partial one (accumulate). */
    private NpArray fold(Args a, NpArray x, int k, boolean running) {
        if (COMPARISONS.contains(name()) && x.type != NpType.BOOL) // a comparison's bool result cannot carry on as a number: no such reduce loop
            throw PyError.type("No loop matching the specified signature and casting was found for ufunc " + name());
        int n = x.shape()[k];
        if (n == 0) {
            if (running) return x;
            if (identity == null) throw PyError.value("zero-size array to reduction operation " + name() + " which has no identity");
            int[] shape = dropped(x.shape(), k);
            double v = identity instanceof Boolean b ? (b ? 1 : 0) : Values.toDouble(identity);
            return NpArray.of(NDArray.full(v, shape), x.type);
        }
        NpArray r = NpArray.of(x.values().index(k, 0).compact(), x.type);
        NDArray[] parts = new NDArray[n];
        parts[0] = r.values();
        for (int i = 1; i < n; i++) {
            r = apply(a, r, NpArray.of(x.values().index(k, i).compact(), x.type));
            parts[i] = r.values();
        }
        if (!running) return r;
        NpType t = r.type;
        for (int i = 0; i < n; i++) parts[i] = NpArray.of(parts[i], t).values(); // the first in the result's type
        return NpArray.of(NDArray.stack(parts, k), t);
    }

    private static int[] dropped(int[] shape, int k) {
        int[] s = new int[shape.length - 1];
        for (int d = 0, j = 0; d < shape.length; d++) if (d != k) s[j++] = shape[d];
        return s;
    }

    /** ufunc.outer(a, b): the ufunc of every pair, shaped a.shape + b.shape. */
    private Object outer(Args a) {
        a.expect(2, 2);
        NpArray x = ArrayFunctions.self(a), y = Operand.required(a.get(1), name());
        int[] shape = Arrays.copyOf(x.shape(), x.ndim() + y.ndim());
        Arrays.fill(shape, x.ndim(), shape.length, 1);
        return NpArray.box(apply(a, ArrayFunctions.reshape(x, shape), y));
    }

    /**
     * ufunc.at(a, indices, b): a[indices] = ufunc(a[indices], b) unbuffered, so an index given
     * twice applies twice (np.add.at(g, idx, 1) counts; a[idx] += 1 would add once).
     */
    private Object at(Args a) {
        a.expect(2, 3);
        NpArray target = ArrayFunctions.self(a);
        if (a.size() < 3) throw PyError.value("second operand needed for ufunc");
        NpArray numbering = NpArray.of(NDArray.arange(0, target.size(), 1).reshape(target.shape()), NpType.INT64);
        NpArray positions = Operand.required(Subscript.get(numbering, a.get(1)), name()), b = Operand.required(a.get(2), name());
        double[] where = positions.values().toArray(), with = b.values().broadcastTo(positions.shape()).compact().toArray();
        double[] v = target.values().compact().toArray();
        for (int i = 0; i < where.length; i++) {
            int p = (int) where[i];
            v[p] = target.type.cast(apply(a, NpArray.scalar(v[p], target.type), NpArray.scalar(with[i], b.type)).values().item());
        }
        target.write(NDArray.of(v, target.shape()));
        return null;
    }
}
