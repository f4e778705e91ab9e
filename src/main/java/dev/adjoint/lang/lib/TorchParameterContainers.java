package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyIterator;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.SliceValue;
import dev.adjoint.lang.TorchDtype;
import dev.adjoint.lang.Values;
import dev.adjoint.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * nn.ParameterList and nn.ParameterDict as PyTorch 1.13 keeps them: each entry an attribute of the
 * module (named "0", "1", ... or by its key), so the module's parameters(), state_dict() and an
 * optimizer see them; a tensor stored is made a Parameter. The list's length is its {@code _size},
 * the dict's keys its {@code _keys}, as in PyTorch.
 */
final class TorchParameterContainers {
    private TorchParameterContainers() {}

    static final PyClass LIST = PyClass.library("ParameterList", TorchSubmodules.nnModuleOf("ParameterList"), TorchNn.MODULE);
    static final PyClass DICT = PyClass.library("ParameterDict", TorchSubmodules.nnModuleOf("ParameterDict"), TorchNn.MODULE);

    static void addTo(PyModule m) {
        m.add(LIST.name(), LIST);
        m.add(DICT.name(), DICT);
    }

    /** A value as the containers store it: a tensor that is no Parameter becomes one (requiring grad), anything else stays. */
    private static Object stored(Object v) {
        if (v instanceof Tensor t && !Parameter.isParameter(t)) return Parameter.of(t.value()).asksFloat64(t.asksFloat64());
        return v;
    }

    /** One line of their extra_repr: "(k): Parameter containing: [TYPE of size 3x2]", TYPE the dtype (list) or the tensor type (dict). */
    private static String entryLine(Object key, Object v, boolean tensorType) {
        if (!(v instanceof Tensor t)) return "  (" + key + "): Object of type: " + Values.typeName(v);
        StringBuilder size = new StringBuilder();
        for (int d : t.shape()) size.append(size.length() > 0 ? "x" : "").append(d);
        String type = tensorType ? t.dtype().tensorTypeName() : Repr.repr(TorchDtype.of(t.dtype()));
        return "  (" + key + "): " + (Parameter.isParameter(t) ? "Parameter" : "Tensor") + " containing: [" + type + " of size " + size + "]";
    }

    // ---- ParameterList(values=None) ----

    private static int size(PyInstance m) {
        return Values.toInt(m.own("_size"), "_size");
    }

    private static void append(PyInstance m, Object v) {
        int n = size(m);
        m.setOwn("_size", (long) n + 1);
        m.setOwn(String.valueOf(n), stored(v));
    }

    private static List<Object> entries(PyInstance m) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < size(m); i++) out.add(m.own(String.valueOf(i)));
        return out;
    }

    /** An int index into the list, made non-negative; PyTorch's IndexError outside it. */
    private static int index(PyInstance m, Object key) {
        long i = Values.toLong(Values.plain(key), "index"), n = size(m);
        if (i < -n || i >= n) throw PyError.index("index " + i + " is out of range");
        return (int) (i < 0 ? i + n : i);
    }

    static {
        LIST.method("__init__", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 1, "values"));
            m.setOwn("training", true);
            m.setOwn("_size", 0L);
            Object values = a.option(0, "values", null);
            if (values != null) for (Object v : Values.items(values)) append(m, v);
            return null;
        });
        LIST.method("append", a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "value"));
            append(m, a.get(0));
            return m;
        });
        LIST.method("extend", a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1, "values"));
            for (Object v : Values.items(a.get(0))) append(m, v);
            return m;
        });
        LIST.method("__len__", a -> (long) size(TorchNn.instance(a.expect(0, 0))));
        LIST.method("__iter__", a -> PyIterator.generator("ParameterList.__iter__", entries(TorchNn.instance(a.expect(0, 0))).iterator()));
        LIST.method("__getitem__", a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 1));
            Object key = Values.plain(a.get(0));
            if (key instanceof SliceValue s) { // a new ParameterList of the entries picked, as PyTorch's
                List<Object> all = entries(m);
                PyList picked = new PyList();
                long[] r = s.indices(all.size());
                for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) picked.add(all.get((int) i));
                return a.interpreter().call(m.pyClass(), Arrays.asList((Object) picked));
            }
            return m.own(String.valueOf(index(m, key)));
        });
        LIST.method("__setitem__", a -> {
            PyInstance m = TorchNn.instance(a.expect(2, 2));
            m.setOwn(String.valueOf(index(m, a.get(0))), stored(a.get(1)));
            return null;
        });
        LIST.method("extra_repr", a -> {
            List<String> lines = new ArrayList<>();
            List<Object> all = entries(TorchNn.instance(a.expect(0, 0)));
            for (int i = 0; i < all.size(); i++) lines.add(entryLine(i, all.get(i), false));
            return String.join("\n", lines);
        });
    }

    // ---- ParameterDict(parameters=None) ----

    private static PyDict keys(PyInstance m) {
        return (PyDict) m.own("_keys");
    }

    private static void put(PyInstance m, Object key, Object value) {
        if (!(key instanceof String k))
            throw PyError.type("Index given to ParameterDict cannot be used as a key as it is not a string (type is '" + Values.typeName(key)
                    + "'). Open an issue on github if you need non-string keys.");
        keys(m).put(k, null);
        m.setOwn(k, stored(value));
    }

    /** d[key]: PyTorch reads it as an attribute, so a missing key is an AttributeError. */
    private static Object get(PyInstance m, Object key) {
        if (key instanceof String k && keys(m).containsKey(k)) return m.own(k);
        throw PyError.attribute("'ParameterDict' object has no attribute '" + Repr.str(key) + "'");
    }

    private static Object remove(PyInstance m, Object key) {
        Object v = get(m, key);
        keys(m).remove(key);
        m.deleteOwn((String) key);
        return v;
    }

    /** update(parameters): an OrderedDict or ParameterDict in its order, another mapping by sorted key, else (key, value) pairs. */
    private static void update(PyInstance m, Object parameters) {
        if (parameters instanceof PyInstance other && other.pyClass().isSubclassOf(DICT)) {
            for (Object k : keys(other).keys()) put(m, k, other.own((String) k));
            return;
        }
        if (parameters instanceof PyDict d) {
            List<Object> order = new ArrayList<>(d.keys());
            if (!d.pyClass().name().equals("OrderedDict") && order.stream().allMatch(k -> k instanceof String)) // sorted(items()); other keys fail in put
                order.sort((x, y) -> ((String) x).compareTo((String) y));
            for (Object k : order) put(m, k, d.get(k));
            return;
        }
        int j = 0;
        for (Object pair : Values.items(parameters)) {
            List<Object> kv;
            try {
                kv = Values.items(pair);
            } catch (RuntimeException e) {
                throw PyError.type("ParameterDict update sequence element #" + j + " should be Iterable; is" + Values.typeName(pair));
            }
            if (kv.size() != 2) throw PyError.value("ParameterDict update sequence element #" + j + " has length " + kv.size() + "; 2 is required");
            put(m, kv.get(0), kv.get(1));
            j++;
        }
    }

    static {
        DICT.method("__init__", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 1, "parameters"));
            m.setOwn("training", true);
            m.setOwn("_keys", new PyDict());
            Object parameters = a.option(0, "parameters", null);
            if (parameters != null) update(m, parameters);
            return null;
        });
        DICT.method("__getitem__", a -> get(TorchNn.instance(a.expect(1, 1)), a.get(0)));
        DICT.method("__setitem__", a -> {
            put(TorchNn.instance(a.expect(2, 2)), a.get(0), a.get(1));
            return null;
        });
        DICT.method("__delitem__", a -> {
            remove(TorchNn.instance(a.expect(1, 1)), a.get(0));
            return null;
        });
        DICT.method("pop", a -> remove(TorchNn.instance(a.expect(1, 1, "key")), a.option(0, "key", null)));
        DICT.method("get", a -> {
            PyInstance m = TorchNn.instance(a.expect(1, 2, "key", "default"));
            Object key = a.option(0, "key", null);
            return keys(m).containsKey(key) ? m.own((String) key) : a.option(1, "default", null);
        });
        DICT.method("update", a -> {
            update(TorchNn.instance(a.expect(1, 1, "parameters")), a.get(0));
            return null;
        });
        DICT.method("clear", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 0));
            for (Object k : new ArrayList<>(keys(m).keys())) remove(m, k);
            return null;
        });
        DICT.method("__len__", a -> (long) keys(TorchNn.instance(a.expect(0, 0))).size());
        DICT.method("__iter__", a -> PyIterator.generator("ParameterDict.__iter__", new ArrayList<>(keys(TorchNn.instance(a.expect(0, 0))).keys()).iterator()));
        DICT.method("__contains__", a -> keys(TorchNn.instance(a.expect(1, 1))).containsKey(a.get(0)));
        DICT.method("keys", a -> keysView(TorchNn.instance(a.expect(0, 0))));
        DICT.method("values", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 0));
            List<Object> out = new ArrayList<>();
            for (Object k : keys(m).keys()) out.add(m.own((String) k));
            return PyIterator.generator("ParameterDict.values", out.iterator());
        });
        DICT.method("items", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 0));
            List<Object> out = new ArrayList<>();
            for (Object k : keys(m).keys()) out.add(Values.tuple(k, m.own((String) k)));
            return PyIterator.generator("ParameterDict.items", out.iterator());
        });
        DICT.method("extra_repr", a -> {
            PyInstance m = TorchNn.instance(a.expect(0, 0));
            List<String> lines = new ArrayList<>();
            for (Object k : keys(m).keys()) lines.add(entryLine(k, m.own((String) k), true));
            return String.join("\n", lines);
        });
    }

    private static Object keysView(PyInstance m) {
        return new dev.adjoint.lang.DictView(keys(m), dev.adjoint.lang.DictView.Kind.KEYS);
    }
}
