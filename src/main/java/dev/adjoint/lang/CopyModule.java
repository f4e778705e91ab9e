package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's copy: copy(x) (a new container holding the same items) and deepcopy(x) (new containers
 * all the way down, shared parts shared once, cycles kept) for lists, tuples, dicts (collections'
 * kinds kept), sets, deques and objects of user classes; deepcopy of a leaf tensor is a new leaf
 * with its own data, as PyTorch's. Library objects (a model, an optimizer) are refused by name.
 */
public final class CopyModule {
    private CopyModule() {}

    static PyModule create() {
        PyModule m = new PyModule("copy");
        m.add(Builtin.of("copy", a -> shallow(a.expect(1, 1, "x").option(0, "x", null), a.interpreter())));
        m.add(Builtin.of("deepcopy", a -> {
            a.expect(1, 2, "x", "memo");
            return new Deep(a.interpreter()).copy(a.option(0, "x", null), 0);
        }));
        return m;
    }

    /** copy.deepcopy(v), for library code (TransformerEncoder's copies of its layer). */
    public static Object deepcopy(Object v, Interpreter in) {
        return new Deep(in).copy(v, 0);
    }

    private static boolean immutable(Object v) {
        return v == null || v instanceof Boolean || PyNumbers.isNumber(v) || v instanceof String || v instanceof TrackedNumber
                || v instanceof Callable || v instanceof PyClass || v instanceof RangeValue || v instanceof PyModule || v instanceof Ellipsis
                || (v instanceof PySet s && s.frozen());
    }

    static Object shallow(Object v, Interpreter in) {
        if (immutable(v) || (v instanceof List<?> && !(v instanceof PyList))) return v; // tuples too, as CPython
        if (v instanceof PyList l) return new PyList(l);
        if (v instanceof PyDict d) return DictMethods.copy(d);
        if (v instanceof PySet s) return SetMethods.copy(s, false);
        if (v instanceof PyDeque d) return in.call(Attributes.get(in, d, "copy"), List.of());
        if (v instanceof PyInstance i && i.has("__copy__")) return i.call("__copy__"); // the class's own way (an enum member is itself)
        if (v instanceof PyInstance i) {
            PyInstance out = new PyInstance(i.pyClass(), in);
            for (Map.Entry<String, Object> e : i.attributes().entrySet()) out.setOwn(e.getKey(), e.getValue());
            return out;
        }
        throw refused("copy", v);
    }

    private static PyError refused(String function, Object v) {
        return PyError.notSupported("copy." + function + " of a '" + Values.typeName(v) + "' (adjoint copies Python values, objects of your classes and leaf tensors)");
    }

    /** One deepcopy: each object met is copied once (the memo), so shared parts stay shared and cycles end. */
    private static final class Deep {
        private final Interpreter in;
        private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();

        Deep(Interpreter in) {
            this.in = in;
        }

        Object copy(Object v, int depth) {
            if (immutable(v)) return v;
            if (depth > Repr.MAX_NESTING * 10) throw new PyError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
            Object done = memo.get(v);
            if (done != null) return done;
            dev.adjoint.ndarray.ComputationInterrupted.poll();
            if (v instanceof Tensor t) {
                if (!t.isLeaf()) throw new PyError("RuntimeError", "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment");
                // a parameter copies as Parameter.__deepcopy__ does: its data and requires_grad (copy.deepcopy(model): early stopping's best model)
                Tensor out = dev.adjoint.nn.Parameter.isParameter(t) ? dev.adjoint.nn.Parameter.of(t.value().map(x -> x), t.requiresGrad())
                        : Tensor.leaf(t.value().map(x -> x), t.requiresGrad(), t.dtype());
                out.asksFloat64(t.asksFloat64());
                memo.put(v, out);
                // Tensor.__deepcopy__ copies .grad too (Parameter.__deepcopy__ does not)
                if (!dev.adjoint.nn.Parameter.isParameter(t) && t.grad() != null) out.setGrad((Tensor) copy(t.grad(), depth + 1));
                return out;
            }
            if (v instanceof PyList l) {
                PyList out = new PyList();
                memo.put(v, out);
                for (Object item : l) out.add(copy(item, depth + 1));
                return out;
            }
            if (v instanceof List<?> tuple && !(v instanceof HostObject)) {
                List<Object> items = new ArrayList<>();
                for (Object item : tuple) items.add(copy(item, depth + 1));
                Object out = Values.tuple(items);
                memo.put(v, out);
                return out;
            }
            if (v instanceof PyDict d) {
                PyDict out = d.emptyLike();
                memo.put(v, out);
                for (PyDict.Entry e : d.entries()) out.put(copy(e.key(), depth + 1), copy(e.value(), depth + 1));
                return out;
            }
            if (v instanceof PySet s) {
                PySet out = new PySet();
                memo.put(v, out);
                for (Object item : s.items()) out.add(copy(item, depth + 1));
                return out;
            }
            if (v instanceof PyInstance i && i.has("__deepcopy__")) { // the class's own way; its memo is a fresh dict here
                Object out = i.call("__deepcopy__", new PyDict());
                memo.put(v, out);
                return out;
            }
            if (v instanceof PyInstance i) {
                PyInstance out = new PyInstance(i.pyClass(), in);
                memo.put(v, out);
                for (Map.Entry<String, Object> e : i.attributes().entrySet()) out.setOwn(e.getKey(), copy(e.getValue(), depth + 1));
                return out;
            }
            if (v instanceof PyDeque || v instanceof NamedTuples.Value) return shallowOfCopies(v, depth);
            if (v instanceof DeepCopyable c) {
                Object out = c.deepCopy(part -> copy(part, depth + 1));
                memo.put(v, out);
                return out;
            }
            throw refused("deepcopy", v);
        }

        /** A deque or namedtuple: made again from deep copies of its items. */
        private Object shallowOfCopies(Object v, int depth) {
            List<Object> items = new ArrayList<>();
            for (java.util.Iterator<Object> it = Values.iterate(v); it.hasNext(); ) items.add(copy(it.next(), depth + 1));
            Object out = v instanceof PyDeque d ? in.call(PyDeque.CLASS, Arrays.asList(new PyList(items)), maxlen(d), null)
                    : in.call(Attributes.get(in, BuiltinTypes.of(v), "_make"), Arrays.asList(new PyList(items)));
            memo.put(v, out);
            return out;
        }

        private Map<String, Object> maxlen(PyDeque d) {
            Object n = d.attribute("maxlen");
            return n == null ? Map.of() : Map.of("maxlen", n);
        }
    }
}
