package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's copy as CPython 3.11's copy.py does it: copy(x) (a new container holding the same items)
 * and deepcopy(x, memo) (new containers all the way down, shared parts shared once, cycles kept)
 * for lists, tuples, dicts (collections' kinds kept), sets, deques, namedtuples and objects of user
 * classes, which may say how with __copy__/__deepcopy__, __reduce__/__reduce_ex__, or
 * __getstate__/__setstate__; deepcopy of a leaf tensor is a new leaf with its own data, as
 * PyTorch's. A library object copies by its own DeepCopyable (an optimizer); others are refused by name.
 */
public final class CopyModule {
    private CopyModule() {}

    static PyModule create() {
        PyModule m = new PyModule("copy");
        m.add(Builtin.of("copy", a -> shallow(a.expect(1, 1, "x").option(0, "x", null), a.interpreter())));
        m.add(Builtin.of("deepcopy", a -> {
            a.expect(1, 2, "x", "memo");
            return Deep.withMemo(a.option(1, "memo", null), a.interpreter()).copy(a.option(0, "x", null), 0);
        }));
        return m;
    }

    /** copy.deepcopy(v), for library code (TransformerEncoder's copies of its layer). */
    public static Object deepcopy(Object v, Interpreter in) {
        return Deep.withMemo(null, in).copy(v, 0);
    }

    private static boolean immutable(Object v) {
        return v == null || v instanceof Boolean || PyNumbers.isNumber(v) || v instanceof PyComplex || v instanceof String || v instanceof TrackedNumber
                || v instanceof Callable || v instanceof PyClass || v instanceof RangeValue || v instanceof PyModule || v instanceof Ellipsis
                || (v instanceof PySet s && s.frozen());
    }

    static Object shallow(Object v, Interpreter in) {
        if (immutable(v) || (v instanceof List<?> && !(v instanceof PyList) && !(v instanceof NamedTuples.Value))) return v; // tuples too, as CPython
        if (v instanceof PyList l) return new PyList(l);
        if (v instanceof PyDict d) return DictMethods.copy(d);
        if (v instanceof PySet s) return SetMethods.copy(s, false);
        if (v instanceof PyDeque d) return in.call(Attributes.get(in, d, "copy"), List.of());
        if (v instanceof NamedTuples.Value t) return remade(t, new ArrayList<>(t), in); // a new tuple of the same items (its __reduce_ex__)
        if (v instanceof PyInstance i && i.has("__copy__")) return i.call("__copy__"); // the class's own way (an enum member is itself)
        if (v instanceof PyInstance i && reduces(i)) return reconstruct(i, reduction(i), in, null);
        if (v instanceof PyInstance i) {
            PyInstance out = new PyInstance(i.pyClass(), in);
            if (i.value() != null) out.setValue(shallow(i.value(), in)); // a list subclass's copy has a list of the same items
            Object state = stateOf(i);
            if (state != null) setState(out, state, in);
            return out;
        }
        throw refused("copy", v);
    }

    private static PyError refused(String function, Object v) {
        return PyError.notSupported("copy." + function + " of a '" + Values.typeName(v) + "' (adjoint copies Python values, objects of your classes and leaf tensors)");
    }

    private static Object remade(NamedTuples.Value t, List<Object> items, Interpreter in) {
        return in.call(Attributes.get(in, BuiltinTypes.of(t), "_make"), Arrays.asList(new PyList(items)));
    }

    /** Whether the class says how to copy it by __reduce_ex__ or __reduce__. */
    private static boolean reduces(PyInstance i) {
        return i.has("__reduce_ex__") || i.has("__reduce__");
    }

    /** What its __reduce_ex__(4) (else its __reduce__) returns: a tuple (callable, args[, state[, listitems[, dictitems]]]). */
    private static List<?> reduction(PyInstance i) {
        Object rv = i.has("__reduce_ex__") ? i.call("__reduce_ex__", 4L) : i.call("__reduce__");
        if (!(rv instanceof List<?> tuple) || rv instanceof PyList || tuple.size() < 2 || tuple.size() > 5)
            throw PyError.notSupported("copying by a __reduce__ that returns " + Values.typeName(rv) + " (adjoint takes a tuple of 2 to 5 items)");
        return tuple;
    }

    /**
     * copy.py's _reconstruct: y = callable(*args), then its state, list items and dict items; with
     * {@code deep}, each part a deep copy, and y in the memo before its state (cycles end there).
     */
    private static Object reconstruct(PyInstance x, List<?> rv, Interpreter in, Deep deep) {
        List<Object> args = new ArrayList<>(Values.items(rv.get(1)));
        if (deep != null) args.replaceAll(a -> deep.copy(a, 1));
        Object y = in.call(rv.get(0), args);
        if (deep != null) deep.remember(x, y);
        Object state = rv.size() > 2 ? rv.get(2) : null;
        if (state != null) setState(y, deep == null ? state : deep.copy(state, 1), in);
        if (rv.size() > 3 && rv.get(3) != null)
            for (java.util.Iterator<Object> it = Values.iterate(rv.get(3)); it.hasNext(); ) {
                Object item = it.next();
                in.call(Attributes.get(in, y, "append"), Arrays.asList(deep == null ? item : deep.copy(item, 1)));
            }
        if (rv.size() > 4 && rv.get(4) != null)
            for (java.util.Iterator<Object> it = Values.iterate(rv.get(4)); it.hasNext(); ) {
                List<Object> pair = Values.items(it.next());
                Subscripts.set(in, y, deep == null ? pair.get(0) : deep.copy(pair.get(0), 1), deep == null ? pair.get(1) : deep.copy(pair.get(1), 1));
            }
        return y;
    }

    /** An object's state as object.__reduce_ex__ takes it (copy and pickle): its __getstate__() if the class has one, else its attributes, None for none. */
    static Object stateOf(PyInstance i) {
        if (i.has("__getstate__")) return i.call("__getstate__");
        if (i.attributes().isEmpty()) return null;
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : i.attributes().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    /**
     * copy.py's state step: y.__setstate__(state) if it has one, else its attributes from the dict
     * (its __dict__ updated: no __setattr__ runs, a frozen dataclass's too) and the slots of a (dict, slots) pair.
     */
    private static void setState(Object y, Object state, Interpreter in) {
        if (y instanceof PyInstance i && i.has("__setstate__")) {
            i.call("__setstate__", state);
            return;
        }
        Object slots = null;
        if (state instanceof List<?> pair && !(state instanceof PyList) && pair.size() == 2) {
            state = pair.get(0);
            slots = pair.get(1);
        }
        if (state instanceof PyDict d)
            for (PyDict.Entry e : d.entries()) {
                if (y instanceof PyInstance i) i.setOwn(Values.str(e.key()), e.value());
                else Attributes.set(in, y, Values.str(e.key()), e.value());
            }
        if (slots instanceof PyDict d) for (PyDict.Entry e : d.entries()) Attributes.set(in, y, Values.str(e.key()), e.value());
    }

    /**
     * One deepcopy: each object met is copied once (the memo), so shared parts stay shared and cycles
     * end. The memo Python code sees is a dict from id(x) to its copy, passed on to a class's
     * __deepcopy__(memo); deepcopy(y, memo) inside it goes on with the same copying.
     */
    private static final class Deep {
        /** The deep copies running now, innermost last: a __deepcopy__ passing its memo on continues its copy. */
        private static final ThreadLocal<ArrayDeque<Deep>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

        private final Interpreter in;
        private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();
        /** The memo as Python sees it: id(x) to x's copy, and at id(memo) the originals kept alive (copy.py's _keep_alive). */
        private final PyDict visible;
        /** The ids this copy wrote into {@code visible}: only the others (a memo given again) are looked up by id. */
        private final Set<Object> written = new HashSet<>();
        private PyList keptAlive;

        private Deep(Interpreter in, PyDict visible) {
            this.in = in;
            this.visible = visible;
        }

        /** The copying for deepcopy(x, memo): the running one whose memo this is, or a new one over it (a fresh dict for none). */
        static Deep withMemo(Object memo, Interpreter in) {
            if (memo == null) return new Deep(in, new PyDict());
            if (!(memo instanceof PyDict d)) throw PyError.attribute("'" + Values.typeName(memo) + "' object has no attribute 'get'");
            for (Deep running : RUNNING.get()) if (running.visible == d) return running;
            return new Deep(in, d);
        }

        Object copy(Object v, int depth) {
            if (immutable(v)) return v;
            if (depth > Repr.MAX_NESTING * 10) throw new PyError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
            Object done = memo.get(v);
            if (done != null) return done;
            if (visible.size() > written.size()) { // a memo given with copies in it already (deepcopy(x, memo) called again)
                Object id = Values.id(v);
                if (!written.contains(id) && visible.containsKey(id)) return visible.get(id);
            }
            dev.adjoint.ndarray.ComputationInterrupted.poll();
            ArrayDeque<Deep> running = RUNNING.get();
            running.addLast(this);
            try {
                return copyAnew(v, depth);
            } finally {
                running.removeLast();
            }
        }

        /** Puts x's copy in the memo: the one Java keeps and the dict Python sees. */
        void remember(Object x, Object y) {
            memo.put(x, y);
            if (y == x) return; // copy.py: an object that is its own copy is not memoized
            Object id = Values.id(x);
            written.add(id);
            visible.put(id, y);
            if (keptAlive == null) {
                Object own = Values.id(visible);
                keptAlive = visible.get(own) instanceof PyList l ? l : new PyList();
                written.add(own);
                visible.put(own, keptAlive);
            }
            keptAlive.add(x);
        }

        private Object copyAnew(Object v, int depth) {
            if (v instanceof Tensor t) {
                if (!t.isLeaf()) throw new PyError("RuntimeError", "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment");
                // a parameter copies as Parameter.__deepcopy__ does: its data and requires_grad (copy.deepcopy(model): early stopping's best model)
                Tensor out = dev.adjoint.nn.Parameter.isParameter(t) ? dev.adjoint.nn.Parameter.of(t.value().map(x -> x), t.requiresGrad())
                        : Tensor.leaf(t.value().map(x -> x), t.requiresGrad(), t.dtype());
                out.asksFloat64(t.asksFloat64());
                remember(v, out);
                // Tensor.__deepcopy__ copies .grad too (Parameter.__deepcopy__ does not)
                if (!dev.adjoint.nn.Parameter.isParameter(t) && t.grad() != null) out.setGrad((Tensor) copy(t.grad(), depth + 1));
                return out;
            }
            if (v instanceof PyList l) {
                PyList out = new PyList();
                remember(v, out);
                for (Object item : l) out.add(copy(item, depth + 1));
                return out;
            }
            if (v instanceof List<?> tuple && !(v instanceof HostObject)) {
                List<Object> items = new ArrayList<>();
                boolean same = true;
                for (Object item : tuple) {
                    Object c = copy(item, depth + 1);
                    same &= c == item;
                    items.add(c);
                }
                Object done = memo.get(v); // the tuple's items held the tuple (through a list): its copy is made
                if (done != null) return done;
                Object out = same ? v : Values.tuple(items); // copy.py: a tuple of items that are their own copies is itself
                remember(v, out);
                return out;
            }
            if (v instanceof PyDict d) {
                PyDict out = d.emptyLike();
                remember(v, out);
                for (PyDict.Entry e : d.entries()) out.put(copy(e.key(), depth + 1), copy(e.value(), depth + 1));
                return out;
            }
            if (v instanceof PySet s) {
                PySet out = new PySet();
                remember(v, out);
                for (Object item : s.items()) out.add(copy(item, depth + 1));
                return out;
            }
            if (v instanceof PyInstance i && i.has("__deepcopy__")) { // the class's own way, with the memo
                Object out = i.call("__deepcopy__", visible);
                remember(v, out);
                return out;
            }
            if (v instanceof PyInstance i && reduces(i)) return reconstruct(i, reduction(i), in, this);
            if (v instanceof PyInstance i) {
                PyInstance out = new PyInstance(i.pyClass(), in);
                remember(v, out);
                if (i.value() != null) out.setValue(copy(i.value(), depth + 1)); // the value's items copied, as copyreg's listitems and dictitems are
                if (i.has("__getstate__")) {
                    Object state = i.call("__getstate__");
                    if (state != null) setState(out, copy(state, depth + 1), in);
                } else if (i.has("__setstate__")) {
                    Object state = stateOf(i);
                    if (state != null) out.call("__setstate__", copy(state, depth + 1));
                } else {
                    for (Map.Entry<String, Object> e : i.attributes().entrySet()) out.setOwn(e.getKey(), copy(e.getValue(), depth + 1));
                }
                return out;
            }
            if (v instanceof PyDeque || v instanceof NamedTuples.Value) return shallowOfCopies(v, depth);
            if (v instanceof DeepCopyable c) { // a library object's own way (an optimizer), its parts copied with this memo
                Object out = c.deepCopy(part -> copy(part, depth + 1));
                remember(v, out);
                return out;
            }
            throw refused("deepcopy", v);
        }

        /** A deque or namedtuple: made again from deep copies of its items. */
        private Object shallowOfCopies(Object v, int depth) {
            List<Object> items = new ArrayList<>();
            for (java.util.Iterator<Object> it = Values.iterate(v); it.hasNext(); ) items.add(copy(it.next(), depth + 1));
            Object out = v instanceof PyDeque d ? in.call(PyDeque.CLASS, Arrays.asList(new PyList(items)), maxlen(d), null)
                    : remade((NamedTuples.Value) v, items, in);
            remember(v, out);
            return out;
        }

        private Map<String, Object> maxlen(PyDeque d) {
            Object n = d.attribute("maxlen");
            return n == null ? Map.of() : Map.of("maxlen", n);
        }
    }
}
