package dev.adjoint.lang.lib;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.ClassLoss;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinMethod;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.TorchDtype;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.SliceValue;
import dev.adjoint.lang.TensorFunctions;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Parameter;
import dev.adjoint.optim.Optimizer;
import dev.adjoint.random.TorchRandom;
import java.util.Arrays;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code torch.nn}: {@code Module} as a class users subclass (parameters and submodules are found
 * among an instance's attributes in assignment order, as PyTorch registers them), the built-in
 * layers and losses as its subclasses (PyTorch's layouts: Linear's weight is (out, in)), and
 * {@code torch.nn.functional}. A module's state is its instance's attributes, which the undo log
 * already restores after a failed input.
 */
public final class TorchNn {
    static final PyClass MODULE = PyClass.library("Module", "torch.nn.modules.module", null);

    static {
        MODULE.method("__init__", a -> {
            instance(a).setOwn("training", true);
            return null;
        });
        MODULE.method("__setattr__", a -> {
            PyInstance m = instance(a.expect(2, 2));
            String name = a.string(0);
            Object value = a.get(1);
            boolean initialised = m.attributes().containsKey("training");
            if (!initialised && (isParameter(value) || isModule(value)))
                throw PyError.attribute("cannot assign " + (isModule(value) ? "module" : "parameters") + " before Module.__init__() call");
            Object old = m.own(name);
            if (old instanceof Tensor t && Parameter.isParameter(t) && value != null && !isParameter(value))
                throw PyError.type("cannot assign '" + (value instanceof Tensor v ? v.dtype().tensorTypeName() : Values.typeName(value))
                        + "' as parameter '" + name + "' (torch.nn.Parameter or None expected)");
            m.setOwn(name, value);
            return null;
        });
        MODULE.method("__call__", ModuleHooks::call);
        MODULE.method("register_forward_pre_hook", ModuleHooks::registerPreHook);
        MODULE.method("register_forward_hook", ModuleHooks::registerHook);
        MODULE.method("register_full_backward_hook", ModuleHooks::registerFullBackwardHook);
        MODULE.method("register_backward_hook", ModuleHooks::registerBackwardHook);
        MODULE.method("forward", a -> {
            throw new PyError("NotImplementedError", "Module [" + instance(a).pyClass().name() + "] is missing the required \"forward\" function");
        });
        MODULE.method("__repr__", a -> repr(instance(a)));
        MODULE.method("extra_repr", a -> "");
        MODULE.method("_get_name", a -> instance(a.expect(0, 0)).pyClass().name());
        MODULE.method("parameters", a -> {
            a.expect(0, 1, "recurse");
            return generator("parameters", namedParameters(instance(a), a.bool(0, "recurse", true)).values());
        });
        MODULE.method("named_parameters", a -> {
            a.expect(0, 2, "prefix", "recurse");
            PyList out = new PyList();
            Object prefix = a.option(0, "prefix", "");
            String p = prefix instanceof String s && !s.isEmpty() ? s + "." : "";
            for (Map.Entry<String, Tensor> e : namedParameters(instance(a), a.bool(1, "recurse", true)).entrySet())
                out.add(Values.tuple(p + e.getKey(), e.getValue()));
            return generator("named_parameters", out);
        });
        MODULE.method("children", a -> generator("children", distinctChildren(instance(a.expect(0, 0))).values()));
        MODULE.method("named_children", a -> {
            PyList out = new PyList();
            for (Map.Entry<String, Object> e : distinctChildren(instance(a.expect(0, 0))).entrySet()) out.add(Values.tuple(e.getKey(), e.getValue()));
            return generator("named_children", out);
        });
        MODULE.method("modules", a -> {
            PyList out = new PyList();
            for (Map.Entry<String, PyInstance> e : modules(instance(a.expect(0, 0))).entrySet()) out.add(e.getValue());
            return generator("modules", out);
        });
        MODULE.method("named_modules", a -> {
            a.expect(0, 3, "memo", "prefix", "remove_duplicate");
            if (a.option(0, "memo", null) != null) throw PyError.notSupported("named_modules(memo=...)");
            String prefix = Values.str(a.option(1, "prefix", ""));
            PyList out = new PyList();
            Map<String, PyInstance> all = a.bool(2, "remove_duplicate", true) ? modules(instance(a)) : modulesWithDuplicates(instance(a));
            for (Map.Entry<String, PyInstance> e : all.entrySet())
                out.add(Values.tuple(prefix.isEmpty() || e.getKey().isEmpty() ? prefix + e.getKey() : prefix + "." + e.getKey(), e.getValue()));
            return generator("named_modules", out);
        });
        MODULE.method("train", a -> {
            a.expect(0, 1, "mode");
            boolean on = a.bool(0, "mode", true);
            for (PyInstance m : modules(instance(a)).values()) m.setOwn("training", on);
            return instance(a);
        });
        MODULE.method("eval", a -> {
            a.expect(0, 0);
            for (PyInstance m : modules(instance(a)).values()) m.setOwn("training", false);
            return instance(a);
        });
        MODULE.method("zero_grad", a -> {
            a.expect(0, 1, "set_to_none");
            boolean none = a.bool(0, "set_to_none", false);
            for (Tensor p : namedParameters(instance(a), true).values()) Optimizer.zeroGrad(p, none);
            return null;
        });
        MODULE.method("requires_grad_", a -> {
            a.expect(0, 1, "requires_grad");
            boolean on = a.bool(0, "requires_grad", true);
            for (Tensor p : namedParameters(instance(a), true).values()) p.setRequiresGrad(on);
            return instance(a);
        });
        // float64 on the CPU is all there is: a cast marks which parameters were asked for as float64 (their in-place draws), cuda fails as on a CPU build
        MODULE.method("cpu", a -> instance(a));
        MODULE.method("cuda", a -> {
            throw TorchDevice.noCuda();
        });
        MODULE.method("double", a -> castModule(a, true));
        MODULE.method("float", a -> castModule(a, false));
        MODULE.method("type", a -> {
            Object d = a.expect(1, 1, "dst_type").option(0, "dst_type", null);
            return castModule(a, d instanceof TorchDtype t ? t.name().equals("torch.float64") : d instanceof PyClass c && c.name().equals("DoubleTensor"));
        });
        MODULE.method("to", a -> {
            a.expect(0, 3, "device", "dtype", "non_blocking");
            Object dtype = a.keyword("dtype");
            for (Object v : a.positional())
                if (v instanceof TorchDtype) dtype = v;
                else if (v instanceof Tensor t) dtype = TorchDtype.of(t.dtype());
                else TorchDevice.moveTo(v);
            if (a.has("device")) TorchDevice.moveTo(a.keyword("device"));
            return dtype instanceof TorchDtype t && t.isFloatingPoint() ? castModule(a, t.name().equals("torch.float64")) : instance(a);
        });
        MODULE.method("add_module", TorchNn::addModule);
        MODULE.method("register_module", TorchNn::addModule);
        MODULE.method("register_parameter", a -> {
            PyInstance m = instance(a.expect(2, 2, "name", "param"));
            Object param = a.option(1, "param", null);
            String name = registeredName(m, a.option(0, "name", null), "parameter", n -> m.own(n) == null || isParameter(m.own(n)));
            if (param != null && !isParameter(param))
                throw PyError.type("cannot assign '" + (param instanceof Tensor v ? v.dtype().tensorTypeName() : Values.typeName(param)) + "' object to parameter '"
                        + name + "' (torch.nn.Parameter or None required)");
            m.setOwn(name, param);
            return null;
        });
        MODULE.method("register_buffer", a -> {
            PyInstance m = instance(a.expect(2, 3, "name", "tensor", "persistent"));
            Object value = a.option(1, "tensor", null);
            String name = registeredName(m, a.option(0, "name", null), "buffer", n -> buffers(m).containsKey(n));
            if (value != null && !(value instanceof Tensor))
                throw PyError.type("cannot assign '" + Values.typeName(value) + "' object to buffer '" + name + "' (torch Tensor or None required)");
            buffers(m).put(name, a.bool(2, "persistent", true));
            m.setOwn(name, value);
            return null;
        });
        MODULE.method("named_buffers", a -> {
            a.expect(0, 2, "prefix", "recurse");
            PyList out = new PyList();
            for (Map.Entry<String, Tensor> e : namedBuffers(instance(a), a.bool(1, "recurse", true), false).entrySet())
                out.add(Values.tuple(e.getKey(), e.getValue()));
            return generator("named_buffers", out);
        });
        MODULE.method("buffers", a -> {
            a.expect(0, 1, "recurse");
            return generator("buffers", namedBuffers(instance(a), a.bool(0, "recurse", true), false).values());
        });
        MODULE.method("state_dict", a -> {
            a.expect(0, 0, "destination", "prefix", "keep_vars");
            Object into = a.keyword("destination");
            PyDict d = into instanceof PyDict given ? given : dev.adjoint.lang.CollectionsModule.orderedDict(); // an OrderedDict, as PyTorch's (tutorials print it)
            Object given = a.option(-1, "prefix", "");
            if (!(given instanceof String prefix)) throw PyError.type("'" + Values.typeName(given) + "' object is not subscriptable"); // PyTorch slices it first
            boolean keepVars = a.flag("keep_vars", false);
            for (Map.Entry<String, Tensor> e : stateTensors(instance(a)).entrySet()) // an uninitialized tensor is there itself, as PyTorch's lazy modules save it
                d.put(prefix + e.getKey(), keepVars || Parameter.isUninitialized(e.getValue()) ? e.getValue() : e.getValue().detach());
            return d;
        });
        MODULE.method("get_submodule", a -> submodule(instance(a), target(a.expect(1, 1, "target"), "split")));
        MODULE.method("get_parameter", a -> member(a, "an nn.Parameter", (m, name) -> isParameter(m.own(name))));
        MODULE.method("get_buffer", a -> member(a, "a buffer", (m, name) -> buffers(m).containsKey(name)));
        // PyTorch's registries of the children, parameters and buffers, read by older tutorials and helpers and written by fine-tuning code: live views
        MODULE.define("_modules", new dev.adjoint.lang.Descriptors.Property(
                new BuiltinMethod("_modules", a -> dev.adjoint.lang.AttributeView.of(instance(a), TorchNn::isModule)), null, null));
        MODULE.define("_parameters", new dev.adjoint.lang.Descriptors.Property(
                new BuiltinMethod("_parameters", a -> dev.adjoint.lang.AttributeView.of(instance(a), TorchNn::isParameter)), null, null));
        MODULE.define("_buffers", new dev.adjoint.lang.Descriptors.Property(new BuiltinMethod("_buffers", a -> {
            PyInstance m = instance(a);
            return dev.adjoint.lang.AttributeView.of(m, (name, value) -> buffers(m).containsKey(name), (name, value) -> {
                buffers(m).put(name, true);
                m.setOwn(name, value);
            });
        }), null, null));
        MODULE.method("load_state_dict", a -> {
            PyInstance root = instance(a.expect(1, 2, "state_dict", "strict"));
            Object given = a.option(0, "state_dict", null);
            if (!(given instanceof PyDict d)) throw PyError.type("Expected state_dict to be dict-like, got <class '" + Values.typeName(given) + "'>.");
            return loadStateDict(root, d, a.bool(1, "strict", true));
        });
        MODULE.method("apply", a -> {
            PyInstance root = instance(a.expect(1, 1));
            for (PyInstance m : applyOrder(root)) a.interpreter().call(a.get(0), Arrays.asList(m));
            return root;
        });
    }

    private TorchNn() {}

    /** What Module.parameters(), children(), ... return, as PyTorch's: a generator, used up by one walk over it (a second list() of it is empty). */
    private static dev.adjoint.lang.PyIterator generator(String method, java.util.Collection<?> items) {
        return dev.adjoint.lang.PyIterator.generator("Module." + method, new ArrayList<>(items).iterator());
    }

    static PyInstance instance(Args a) {
        if (!(a.self() instanceof PyInstance m)) throw PyError.type("descriptor '" + a.function() + "' requires a 'Module' object");
        return m;
    }

    static boolean isModule(Object v) {
        return v instanceof PyInstance i && i.pyClass().isSubclassOf(MODULE);
    }

    static boolean isParameter(Object v) {
        return v instanceof Tensor t && Parameter.isParameter(t);
    }

    /** get_submodule(target): the module at a dotted path of attribute names ("" is the module itself), with PyTorch's errors. */
    private static PyInstance submodule(PyInstance root, String target) {
        PyInstance m = root;
        if (target.isEmpty()) return m;
        for (String name : target.split("\\.", -1)) {
            if (!hasAttribute(m, name))
                throw PyError.attribute(m.pyClass().name() + " has no attribute `" + name + "`");
            if (!isModule(m.own(name))) throw PyError.attribute("`" + name + "` is not an nn.Module");
            m = (PyInstance) m.own(name);
        }
        return m;
    }

    /**
     * get_parameter(target) / get_buffer(target): the member at a dotted path, with PyTorch's errors
     * (no such attribute; an attribute that {@code is} does not accept, "not {@code kind}").
     */
    private static Object member(Args a, String kind, java.util.function.BiPredicate<PyInstance, String> is) {
        String target = target(a.expect(1, 1, "target"), "rpartition");
        int dot = target.lastIndexOf('.');
        PyInstance owner = submodule(instance(a), dot < 0 ? "" : target.substring(0, dot));
        String name = target.substring(dot + 1);
        if (!hasAttribute(owner, name))
            throw PyError.attribute(owner.pyClass().name() + " has no attribute `" + name + "`");
        if (!is.test(owner, name)) throw PyError.attribute("`" + name + "` is not " + kind);
        return owner.own(name);
    }

    /** The dotted path given to get_submodule/get_parameter/get_buffer: Python's AttributeError for what has no {@code method} (PyTorch splits it). */
    private static String target(Args a, String method) {
        Object t = a.option(0, "target", null);
        if (!(t instanceof String s)) throw PyError.attribute("'" + Values.typeName(t) + "' object has no attribute '" + method + "'");
        return s;
    }

    /** hasattr(m, name): an attribute of the module's own or of its class. */
    private static boolean hasAttribute(PyInstance m, String name) {
        if (m.attributes().containsKey(name)) return true;
        for (PyClass c : m.pyClass().mro()) if (c.dict().containsKey(name)) return true;
        return false;
    }

    /** add_module(name, module) (and register_module): PyTorch 1.13's checks in its order, then the attribute set. */
    private static Object addModule(Args a) {
        PyInstance m = instance(a.expect(2, 2, "name", "module"));
        Object module = a.option(1, "module", null);
        if (module != null && !isModule(module)) throw PyError.type(Values.typeName(module) + " is not a Module subclass");
        m.setOwn(registeredName(m, a.option(0, "name", null), "module", n -> isModule(m.own(n))), module);
        return null;
    }

    /**
     * A name given to add_module, register_buffer or register_parameter ({@code kind} "module",
     * "buffer", "parameter"), checked as PyTorch 1.13's module.py does, in its order: a str, then for
     * a module whether another attribute has the name, then no "." and not empty, then (buffers,
     * parameters) the attribute. An attribute of the same kind ({@code sameKind}) may be registered again.
     */
    private static String registeredName(PyInstance m, Object name, String kind, java.util.function.Predicate<String> sameKind) {
        if (!(name instanceof String s)) throw PyError.type(kind + " name should be a string. Got " + Values.typeName(name));
        boolean taken = hasAttribute(m, s) && !sameKind.test(s);
        if (kind.equals("module") && taken) throw PyError.key("attribute '" + s + "' already exists");
        if (s.contains(".")) throw PyError.key(kind + " name can't contain \".\"" + (kind.equals("module") ? ", got: " + s : ""));
        if (s.isEmpty()) throw PyError.key(kind + " name can't be empty string \"\"");
        if (taken) throw PyError.key("attribute '" + s + "' already exists");
        return s;
    }

    /** The module's direct submodules by attribute name, in assignment order. */
    static Map<String, Object> children(PyInstance m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.attributes().entrySet()) if (isModule(e.getValue())) out.put(e.getKey(), e.getValue());
        return out;
    }

    /**
     * The modules Module.apply(fn) calls fn on, in PyTorch's order: each module's children first
     * (in registration order, each applied in turn), then the module itself. As PyTorch, a module
     * shared by two parents is visited under each; a module that contains itself is PyTorch's
     * RecursionError.
     */
    static List<PyInstance> applyOrder(PyInstance root) {
        List<PyInstance> out = new ArrayList<>();
        Set<Object> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Map.Entry<PyInstance, java.util.Iterator<Object>>> path = new ArrayDeque<>();
        path.push(Map.entry(root, distinctChildren(root).values().iterator()));
        onPath.add(root);
        while (!path.isEmpty()) {
            Map.Entry<PyInstance, java.util.Iterator<Object>> top = path.peek();
            if (top.getValue().hasNext()) {
                PyInstance child = (PyInstance) top.getValue().next();
                if (!onPath.add(child)) throw new PyError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
                path.push(Map.entry(child, distinctChildren(child).values().iterator()));
            } else {
                path.pop();
                onPath.remove(top.getKey());
                out.add(top.getKey());
            }
        }
        return out;
    }

    /** named_children() as PyTorch yields them: each submodule once, under its first attribute. */
    static Map<String, Object> distinctChildren(PyInstance m) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : children(m).entrySet()) if (seen.add(e.getValue())) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** This module and every submodule, depth first, by dotted name ("" for the module itself); each once. */
    static Map<String, PyInstance> modules(PyInstance root) {
        Map<String, PyInstance> out = new LinkedHashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Map.Entry<String, PyInstance>> stack = new ArrayDeque<>();
        stack.push(Map.entry("", root));
        while (!stack.isEmpty()) {
            Map.Entry<String, PyInstance> e = stack.pop();
            if (!seen.add(e.getValue())) continue;
            out.put(e.getKey(), e.getValue());
            List<Map.Entry<String, Object>> kids = new ArrayList<>(children(e.getValue()).entrySet());
            String prefix = e.getKey().isEmpty() ? "" : e.getKey() + ".";
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(Map.entry(prefix + kids.get(i).getKey(), (PyInstance) kids.get(i).getValue()));
        }
        return out;
    }

    /**
     * This module and every submodule, depth first, by dotted name, a module used twice under each
     * of its names (as state_dict and named_modules(remove_duplicate=False) walk them); a module
     * that contains itself is PyTorch's RecursionError.
     */
    static Map<String, PyInstance> modulesWithDuplicates(PyInstance root) {
        Map<String, PyInstance> out = new LinkedHashMap<>();
        Set<Object> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Map.Entry<String, java.util.Iterator<Map.Entry<String, Object>>>> path = new ArrayDeque<>();
        out.put("", root);
        onPath.add(root);
        path.push(Map.entry("", children(root).entrySet().iterator()));
        while (!path.isEmpty()) {
            Map.Entry<String, java.util.Iterator<Map.Entry<String, Object>>> top = path.peek();
            if (top.getValue().hasNext()) {
                Map.Entry<String, Object> child = top.getValue().next();
                PyInstance m = (PyInstance) child.getValue();
                if (!onPath.add(m)) throw new PyError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
                String name = top.getKey().isEmpty() ? child.getKey() : top.getKey() + "." + child.getKey();
                out.put(name, m);
                path.push(Map.entry(name, children(m).entrySet().iterator()));
            } else {
                path.pop();
                onPath.remove(out.get(top.getKey()));
            }
        }
        return out;
    }

    /** PyTorch's named_parameters order: each module's own parameters (in assignment order), then its children's, depth first; each tensor once. */
    static Map<String, Tensor> namedParameters(PyInstance root, boolean recurse) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, PyInstance> all = recurse ? modules(root) : Map.of("", root);
        for (Map.Entry<String, PyInstance> m : all.entrySet()) {
            String prefix = m.getKey().isEmpty() ? "" : m.getKey() + ".";
            for (Map.Entry<String, Object> e : m.getValue().attributes().entrySet())
                if (isParameter(e.getValue()) && seen.add((Tensor) e.getValue())) out.put(prefix + e.getKey(), (Tensor) e.getValue());
        }
        return out;
    }

    /** A module's registered buffers, name to whether state_dict keeps it (persistent): a hidden attribute, so the undo log restores it with the module. */
    private static PyDict buffers(PyInstance m) {
        if (!(m.own(BUFFERS) instanceof PyDict d)) {
            PyDict fresh = new PyDict();
            m.setOwn(BUFFERS, fresh);
            return fresh;
        }
        return d;
    }

    private static final String BUFFERS = "_adjoint_buffers";

    /** register_buffer(name, value) for the built-in layers (BatchNorm's running statistics): persistent, value may be None. */
    static void registerBuffer(PyInstance m, String name, Tensor value) {
        buffers(m).put(name, true);
        m.setOwn(name, value);
    }

    /** del module.name of a buffer: its value and its registration. */
    static void unregisterBuffer(PyInstance m, String name) {
        PyDict b = buffers(m);
        if (b.containsKey(name)) b.remove(name);
        m.deleteOwn(name);
    }

    /** The buffers by dotted name (each module's own, in registration order, modules depth first); their current values, None left out. */
    static Map<String, Tensor> namedBuffers(PyInstance root, boolean recurse, boolean persistentOnly) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<String, PyInstance> m : (recurse ? modules(root) : Map.of("", root)).entrySet())
            out.putAll(ownBuffers(m.getValue(), m.getKey().isEmpty() ? "" : m.getKey() + ".", persistentOnly));
        return out;
    }

    private static Map<String, Tensor> ownBuffers(PyInstance m, String prefix, boolean persistentOnly) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        if (m.own(BUFFERS) instanceof PyDict d)
            for (PyDict.Entry e : d.entries())
                if ((!persistentOnly || Values.truthy(e.value())) && m.own((String) e.key()) instanceof Tensor t) out.put(prefix + e.key(), t);
        return out;
    }

    /**
     * What state_dict holds, in PyTorch's order: for each module depth first, its own parameters,
     * then its persistent buffers; a module or tensor used twice is there under each of its names,
     * as in PyTorch (named_parameters() lists it once).
     */
    static Map<String, Tensor> stateTensors(PyInstance root) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<String, PyInstance> m : modulesWithDuplicates(root).entrySet()) {
            String prefix = m.getKey().isEmpty() ? "" : m.getKey() + ".";
            for (Map.Entry<String, Object> e : m.getValue().attributes().entrySet())
                if (isParameter(e.getValue())) out.put(prefix + e.getKey(), (Tensor) e.getValue());
            out.putAll(ownBuffers(m.getValue(), prefix, true));
        }
        return out;
    }

    /** load_state_dict: PyTorch's checks and messages (missing, unexpected, size mismatch), then every value copied in without recording. */
    private static Object loadStateDict(PyInstance root, PyDict d, boolean strict) {
        Map<String, Tensor> mine = stateTensors(root);
        List<String> missing = new ArrayList<>(), unexpected = new ArrayList<>(), errors = new ArrayList<>();
        for (String k : mine.keySet()) if (!d.containsKey(k)) missing.add(k);
        for (PyDict.Entry e : d.entries()) {
            String k = String.valueOf(e.key());
            Tensor mineT = mine.get(k), v = Values.node(e.value());
            if (mineT == null) unexpected.add(k);
            else if (v != null && Parameter.isUninitialized(mineT) && !Parameter.isUninitialized(v))
                Parameter.materialize(mineT, NDArray.zeros(v.shape())); // PyTorch's _lazy_load_hook: the shape of what is loaded
            else if (v == null)
                errors.add("While copying the parameter named \"" + k + "\", expected torch.Tensor or Tensor-like object from checkpoint but received "
                        + Values.typeName(e.value()));
            else if (!java.util.Arrays.equals(mineT.shape(), v.shape()))
                errors.add("size mismatch for " + k + ": copying a param with shape torch.Size(" + Tensor.torchShape(v.shape())
                        + ") from checkpoint, the shape in current model is torch.Size(" + Tensor.torchShape(mineT.shape()) + ").");
        }
        if (strict && !unexpected.isEmpty()) errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
        if (strict && !missing.isEmpty()) errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
        if (!errors.isEmpty())
            throw new PyError("RuntimeError", "Error(s) in loading state_dict for " + root.pyClass().name() + ":\n\t" + String.join("\n\t", errors));
        try (Scope ignored = GradMode.noGrad()) {
            for (PyDict.Entry e : d.entries()) {
                Tensor p = mine.get(String.valueOf(e.key()));
                if (p != null) InPlace.copy(p, Values.node(e.value()));
            }
        }
        return new IncompatibleKeys(new PyList(new ArrayList<>(missing)), new PyList(new ArrayList<>(unexpected)));
    }

    private static String quoted(List<String> keys) {
        List<String> q = new ArrayList<>();
        for (String k : keys) q.add('"' + k + '"');
        return String.join(", ", q);
    }

    /** load_state_dict's result: PyTorch's named tuple, shown as {@code <All keys matched successfully>} when nothing is missing or unexpected. */
    record IncompatibleKeys(PyList missingKeys, PyList unexpectedKeys) implements dev.adjoint.lang.TabledHostObject, dev.adjoint.lang.PyReprable {
        @Override
        public String typeName() {
            return "_IncompatibleKeys";
        }

        private static final dev.adjoint.lang.AttributeTable<IncompatibleKeys> ATTRIBUTES = new dev.adjoint.lang.AttributeTable<IncompatibleKeys>()
                .value("missing_keys", IncompatibleKeys::missingKeys)
                .value("unexpected_keys", IncompatibleKeys::unexpectedKeys);

        @Override
        public dev.adjoint.lang.AttributeTable<IncompatibleKeys> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            if (missingKeys.isEmpty() && unexpectedKeys.isEmpty()) return "<All keys matched successfully>";
            return "_IncompatibleKeys(missing_keys=" + Repr.repr(missingKeys) + ", unexpected_keys=" + Repr.repr(unexpectedKeys) + ")";
        }
    }

    /** PyTorch's Module.__repr__: the name, extra_repr, and each child indented by two. */
    static String repr(PyInstance m) {
        Object extra = m.call("extra_repr");
        List<String> extraLines = extra instanceof String s && !s.isEmpty() ? List.of(s.split("\n", -1)) : List.of();
        List<String> childLines = new ArrayList<>();
        for (Map.Entry<String, Object> e : children(m).entrySet())
            childLines.add("(" + e.getKey() + "): " + Repr.repr(e.getValue()).replace("\n", "\n  "));
        StringBuilder sb = new StringBuilder(m.pyClass().name()).append('(');
        if (!extraLines.isEmpty() || !childLines.isEmpty()) {
            if (extraLines.size() == 1 && childLines.isEmpty()) sb.append(extraLines.get(0));
            else {
                List<String> lines = new ArrayList<>(extraLines);
                lines.addAll(childLines);
                sb.append("\n  ").append(String.join("\n  ", lines)).append('\n');
            }
        }
        return sb.append(')').toString();
    }

    // ---- the built-in layers ----

    /**
     * torch.nn.modules.loss._Loss(size_average=None, reduce=None, reduction='mean'), the base of the
     * losses (users subclass it for their own), and _WeightedLoss(weight=None, ...), which adds the
     * weight as a buffer.
     */
    static final PyClass LOSS = PyClass.library("_Loss", "torch.nn.modules.loss", MODULE);
    static final PyClass WEIGHTED_LOSS = PyClass.library("_WeightedLoss", "torch.nn.modules.loss", LOSS);

    static {
        LOSS.method("__init__", a -> {
            a.expect(0, 3, "size_average", "reduce", "reduction");
            instance(a).setOwn("training", true);
            instance(a).setOwn("reduction", legacyReduction(a, a.option(0, "size_average", null), a.option(1, "reduce", null), a.option(2, "reduction", "mean")));
            return null;
        });
        WEIGHTED_LOSS.method("__init__", a -> {
            a.expect(0, 4, "weight", "size_average", "reduce", "reduction");
            PyInstance m = instance(a);
            m.setOwn("training", true);
            m.setOwn("reduction", legacyReduction(a, a.option(1, "size_average", null), a.option(2, "reduce", null), a.option(3, "reduction", "mean")));
            Object weight = a.option(0, "weight", null);
            if (weight != null && !(weight instanceof Tensor))
                throw PyError.type("cannot assign '" + Values.typeName(weight) + "' object to buffer 'weight' (torch Tensor or None required)");
            registerBuffer(m, "weight", (Tensor) weight);
            return null;
        });
    }

    /** {@link #reduction}, with the deprecation warning PyTorch's _Reduction.legacy_get_string gives when size_average or reduce is set. */
    private static Object legacyReduction(Args a, Object sizeAverage, Object reduce, Object reduction) {
        Object r = reduction(sizeAverage, reduce, reduction);
        if (sizeAverage != null || reduce != null)
            a.interpreter().warn("UserWarning", "size_average and reduce args will be deprecated, please use reduction='" + r + "' instead.", "torch.nn._reduction");
        return r;
    }

    /** A built-in layer's base class, as in PyTorch: Module, or for a loss _Loss (_WeightedLoss for those with a weight buffer). */
    private static PyClass baseOf(String layer) {
        if (List.of("BCELoss", "CrossEntropyLoss", "MultiLabelSoftMarginLoss", "MultiMarginLoss", "NLLLoss").contains(layer)) return WEIGHTED_LOSS;
        return TorchSubmodules.nnModuleOf(layer).endsWith(".loss") ? LOSS : MODULE;
    }

    /** A subclass of Module with its own __init__ (after Module's) and forward. */
    static PyClass layer(String name, Builtin.Fn init, Builtin.Fn forward, Builtin.Fn extraRepr) {
        PyClass c = PyClass.library(name, TorchSubmodules.nnModuleOf(name), baseOf(name));
        c.define("__init__", new BuiltinMethod(name + ".__init__", a -> { // messages name it "Linear.__init__()", as Python 3.11 does
            if (a.keyword("device") != null) TorchDevice.placeOn(a.keyword("device")); // nn.Linear(2, 2, device="cuda") stops as on a CPU build
            instance(a).setOwn("training", true);
            return init.apply(a);
        }));
        c.method("forward", dev.adjoint.lang.KeywordNames.binding("torch.nn." + name + ".forward", forward)); // m(input=x), PyTorch's name
        if (extraRepr != null) c.method("extra_repr", extraRepr);
        return c;
    }

    /** The constructor's first arguments, each given by position or keyword; missing ones are Python's TypeError for {@code cls.__init__()}. */
    static void requireArguments(Args a, String cls, String... names) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) if (i >= a.size() && !a.has(names[i])) missing.add("'" + names[i] + "'");
        if (missing.isEmpty()) return;
        String list = missing.size() == 1 ? missing.get(0)
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
        throw PyError.type(cls + ".__init__() missing " + missing.size() + " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " + list);
    }

    static Object get(Args a, String attribute) {
        return instance(a).own(attribute);
    }

    private static Tensor input(Args a) {
        return TorchArgs.tensor(a, a.get(0));
    }

    /** A layer's input, named in PyTorch's words by the function its forward calls (linear(): argument 'input' ...). */
    private static Tensor input(Args a, String function) {
        Tensor t = Values.node(a.get(0));
        if (t == null) throw PyError.type(function + "(): argument 'input' (position 1) must be Tensor, not " + Values.typeName(a.get(0)));
        return t;
    }

    /** A unary layer: forward applies f to its input, or inPlace (when there is one) with inplace=True, shown as PyTorch shows it. */
    private static PyClass simple(String name, java.util.function.UnaryOperator<Tensor> f, java.util.function.UnaryOperator<Tensor> inPlace) {
        return layer(name, a -> {
            a.expect(0, 1, "inplace");
            instance(a).setOwn("inplace", a.bool(0, "inplace", false));
            return null;
        }, a -> (inPlace != null && Values.truthy(get(a, "inplace")) ? inPlace : f).apply(input(a.expect(1, 1))),
                a -> Values.truthy(get(a, "inplace")) ? "inplace=True" : "");
    }

    static final PyClass LINEAR = layer("Linear", a -> {
        a.expect(0, 3, "bias", "device", "dtype", "in_features", "out_features");
        requireArguments(a, "Linear", "in_features", "out_features");
        int in = a.intValue(a.option(0, "in_features", null), "in_features"), out = a.intValue(a.option(1, "out_features", null), "out_features");
        if (in < 0 || out < 0) throw new PyError("RuntimeError", "Trying to create tensor with negative dimension " + Math.min(in, out) + ": [" + out + ", " + in + "]");
        PyInstance m = instance(a);
        m.setOwn("in_features", (long) in);
        m.setOwn("out_features", (long) out);
        boolean bias = a.bool(2, "bias", true);
        kaimingReset(Torch.rng(a), new int[] {out, in}, bias, Torch.drawsDoubles(a),
                (name, v) -> m.setOwn(name, Parameter.of(v).asksFloat64(Torch.asksFloat64(a))));
        if (!bias) m.setOwn("bias", null);
        return null;
    }, a -> {
        Tensor weight = Values.node(get(a, "weight"));
        if (Parameter.isUninitialized(weight)) throw dev.adjoint.lang.UninitializedTensors.useError("<built-in function linear>"); // a lazy one's forward called directly
        return Ops.linear(input(a.expect(1, 1), "linear"), weight, Values.node(get(a, "bias")));
    },
            a -> "in_features=" + get(a, "in_features") + ", out_features=" + get(a, "out_features") + ", bias=" + (get(a, "bias") != null ? "True" : "False"));

    static {
        LINEAR.method("reset_parameters", TorchNn::kaimingResetParameters);
    }

    private static PyClass dimLayer(String name, String function, java.util.function.BiFunction<Tensor, Integer, Tensor> f) {
        return layer(name, a -> {
            a.expect(0, 1, "dim");
            instance(a).setOwn("dim", a.option(0, "dim", null));
            return null;
        }, a -> {
            Tensor x = input(a.expect(1, 1));
            return f.apply(x, softmaxDim(a, get(a, "dim"), x, function));
        }, a -> "dim=" + Repr.repr(get(a, "dim")));
    }

    /**
     * The dim of F.softmax/log_softmax and nn.Softmax/LogSoftmax: the one given (checked, not wrapped), else PyTorch's
     * deprecated implicit choice (_get_softmax_dim: 0 for 0, 1 and 3 dims, else 1) with its warning.
     */
    private static int softmaxDim(Args a, Object dim, Tensor x, String function) {
        if (dim != null) { // checked, then as given: the node saves it so
            long given = Values.toLong(Values.plain(dim), "dim");
            TensorFunctions.wrapDim(given, Math.max(x.ndim(), 1));
            return (int) given;
        }
        String message = "Implicit dimension choice for " + function + " has been deprecated. Change the call to include dim=X as an argument.";
        if (a.span() != null) a.interpreter().warnAtCall("UserWarning", message, a.span());
        else a.interpreter().warn("UserWarning", message, "torch.nn.modules.container"); // a layer Sequential calls: PyTorch's stacklevel names its forward
        return x.ndim() == 0 || x.ndim() == 1 || x.ndim() == 3 ? 0 : 1;
    }

    /** softmin(x, dim) = softmax(−x, dim), as PyTorch computes it (SoftmaxBackward0). */
    private static Tensor softmin(Tensor x, int dim) {
        return Ops.softmax(Ops.neg(x), dim);
    }

    /** F.prelu(input, weight) with PyTorch's checks: one slope, or one per channel (dimension 1) of an input with dimensions. */
    private static Tensor prelu(Tensor x, Tensor weight) {
        if (!x.dtype().isFloating()) throw new PyError("RuntimeError", "\"prelu_cpu\" not implemented for '" + x.dtype().scalarName() + "'");
        int slopes = weight.value().size();
        if (slopes != 1) {
            if (x.ndim() == 0) throw new PyError("RuntimeError", "Not allow zero-dim input tensor.");
            int channels = x.ndim() > 1 ? x.shape()[1] : 1;
            if (channels != slopes)
                throw new PyError("RuntimeError", "Mismatch of parameter numbers and input channel size. Found parameter numbers = " + slopes
                        + " and channel size = " + channels + ".");
        }
        if (weight.ndim() > 1) throw new PyError("RuntimeError", "prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = " + weight.ndim());
        return Ops.prelu(x, weight);
    }

    /** F.softmax(input, dim=None, _stacklevel=3, dtype=None), and log_softmax. */
    private static Builtin functionalSoftmax(String name, java.util.function.BiFunction<Tensor, Integer, Tensor> f) {
        return Builtin.of(name, a -> {
            a.expect(1, 4, "input", "dim", "_stacklevel", "dtype");
            Tensor x = TorchArgs.tensor(a, a.option(0, "input", null));
            Object dtype = a.option(3, "dtype", null);
            if (dtype != null) x = x.to(dev.adjoint.lang.TorchDtype.of(dtype, a)); // PyTorch casts before it computes
            return f.apply(x, softmaxDim(a, a.option(1, "dim", null), x, name));
        });
    }

    static final PyClass FLATTEN = layer("Flatten", a -> {
        a.expect(0, 2, "start_dim", "end_dim");
        instance(a).setOwn("start_dim", Values.plain(a.option(0, "start_dim", 1L)));
        instance(a).setOwn("end_dim", Values.plain(a.option(1, "end_dim", -1L)));
        return null;
    }, a -> {
        Tensor x = input(a.expect(1, 1));
        int n = Math.max(x.ndim(), 1);
        return Ops.flatten(x, TensorFunctions.wrapDim(Values.toLong(get(a, "start_dim"), "start_dim"), n),
                TensorFunctions.wrapDim(Values.toLong(get(a, "end_dim"), "end_dim"), n));
    }, a -> "start_dim=" + get(a, "start_dim") + ", end_dim=" + get(a, "end_dim"));

    /** nn.Unflatten(dim, unflattened_size): x.unflatten(dim, size); the size kept as given (a list stays a list in the repr). */
    static final PyClass UNFLATTEN = layer("Unflatten", a -> {
        a.expect(2, 2, "dim", "unflattened_size");
        instance(a).setOwn("dim", Values.plain(a.option(0, "dim", null)));
        instance(a).setOwn("unflattened_size", a.option(1, "unflattened_size", null));
        return null;
    }, a -> {
        Tensor x = input(a.expect(1, 1));
        int dim = TensorFunctions.wrapDim(Values.toLong(get(a, "dim"), "dim"), Math.max(x.ndim(), 1));
        return dev.adjoint.lang.ArrangingFunctions.unflatten(x, dim, a.ints(get(a, "unflattened_size"), "unflattened_size"));
    }, a -> "dim=" + Repr.repr(get(a, "dim")) + ", unflattened_size=" + Repr.repr(get(a, "unflattened_size")));

    static final PyClass DROPOUT = layer("Dropout", a -> {
        a.expect(0, 2, "p", "inplace");
        double p = PyNumbers.approx(Values.plain(a.option(0, "p", 0.5)));
        if (p < 0 || p > 1) throw PyError.value("dropout probability has to be between 0 and 1, but got " + Repr.repr(a.option(0, "p", 0.5)));
        instance(a).setOwn("p", Values.plain(a.option(0, "p", 0.5)));
        instance(a).setOwn("inplace", false);
        return null;
    }, a -> dropout(input(a.expect(1, 1)), PyNumbers.approx(get(a, "p")), Values.truthy(get(a, "training")), a),
            a -> "p=" + Repr.repr(get(a, "p")) + ", inplace=False");

    /** Inverted dropout as PyTorch's CPU kernel: a bernoulli_(1 - p) mask from PyTorch's generator, divided by 1 - p. */
    static Tensor dropout(Tensor x, double p, boolean training, Args a) {
        if (!training || p == 0) return x;
        if (p == 1) return Ops.mul(x, Tensor.constant(NDArray.zeros(x.shape())));
        TorchRandom r = Torch.rng(a);
        double scale = r.defaultDouble() ? 1 / (1 - p) : (float) (1 / (1 - p));
        NDArray keep = r.bernoulli(x.shape(), 1 - p).map(u -> u * scale);
        return Ops.mul(x, Tensor.constant(keep));
    }

    private static PyClass loss(String name, dev.adjoint.nn.pytorch.Loss.Kind kind) {
        return layer(name, a -> {
            a.expect(0, 4, "reduction", "weight", "size_average", "reduce", "ignore_index", "label_smoothing");
            instance(a).setOwn("reduction", a.has("reduction") ? a.keyword("reduction") : "mean"); // checked when called, as PyTorch
            return null;
        }, a -> {
            a.expect(2, 2);
            Tensor input = input(a), target = TorchArgs.tensor(a, a.get(1));
            String mismatch = targetSizeWarning(input, target);
            if (mismatch != null) a.interpreter().warn("UserWarning", mismatch, "torch.nn.modules.loss"); // from inside PyTorch's loss.py: once a session
            return dev.adjoint.nn.pytorch.Loss.apply(kind, input, target, Repr.str(get(a, "reduction")));
        }, null);
    }

    /**
     * PyTorch's warning when mse_loss/l1_loss get a target of another shape (the classic (N, 1)
     * against (N) bug: broadcasting makes an N x N loss), or null when the shapes agree.
     */
    static String targetSizeWarning(Tensor input, Tensor target) {
        if (java.util.Arrays.equals(input.shape(), target.shape())) return null;
        return "Using a target size (torch.Size(" + Tensor.torchShape(target.shape()) + ")) that is different to the input size (torch.Size("
                + Tensor.torchShape(input.shape()) + ")). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.";
    }

    /**
     * nn.CrossEntropyLoss(weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0)
     * and nn.NLLLoss (the same without label_smoothing); the weight is a buffer, as in PyTorch's _WeightedLoss.
     */
    private static PyClass classLoss(String name, boolean crossEntropy) {
        return layer(name, a -> {
            a.expect(0, crossEntropy ? 6 : 5, "weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing");
            PyInstance m = instance(a);
            Object weight = a.option(0, "weight", null);
            if (weight != null) weight = TensorFunctions.tensor(a, weight, "weight", 1);
            buffers(m).put("weight", true);
            m.setOwn("weight", weight);
            m.setOwn("ignore_index", Values.plain(a.option(2, "ignore_index", ClassLoss.NO_IGNORE)));
            m.setOwn("reduction", reduction(a.option(1, "size_average", null), a.option(3, "reduce", null), a.option(4, "reduction", "mean")));
            if (crossEntropy) m.setOwn("label_smoothing", Values.plain(a.option(5, "label_smoothing", 0.0)));
            return null;
        }, a -> {
            a.expect(2, 2, "input", "target");
            Object smoothing = crossEntropy ? get(a, "label_smoothing") : 0.0;
            return classLoss(a, crossEntropy, a.get(0), a.get(1), get(a, "weight"), get(a, "ignore_index"), get(a, "reduction"), smoothing);
        }, null);
    }

    /** F.cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0) and F.nll_loss. */
    private static Tensor classLossFunction(Args a, boolean crossEntropy) {
        a.expect(2, crossEntropy ? 8 : 7, "weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing");
        Object reduction = reduction(a.option(3, "size_average", null), a.option(5, "reduce", null), a.option(6, "reduction", "mean"));
        Object smoothing = crossEntropy ? a.option(7, "label_smoothing", 0.0) : 0.0;
        return classLoss(a, crossEntropy, a.get(0), a.get(1), a.option(2, "weight", null), a.option(4, "ignore_index", ClassLoss.NO_IGNORE), reduction, smoothing);
    }

    private static Tensor classLoss(Args a, boolean crossEntropy, Object input, Object target, Object weight, Object ignoreIndex, Object reduction, Object smoothing) {
        Tensor x = TorchArgs.tensor(a, input), y = TensorFunctions.tensor(a, target, "target", 2);
        Tensor w = weight == null ? null : TensorFunctions.tensor(a, weight, "weight", 3);
        ClassLoss.Options o = new ClassLoss.Options(w, a.intValue(ignoreIndex, "ignore_index"), a.number(smoothing, "label_smoothing"), reduction(reduction));
        return crossEntropy ? ClassLoss.crossEntropy(x, y, o) : ClassLoss.nll(x, y, o);
    }

    /** The reduction, or PyTorch's reading of the deprecated size_average and reduce when either is given. */
    static Object reduction(Object sizeAverage, Object reduce, Object reduction) {
        if (sizeAverage == null && reduce == null) return reduction;
        if (reduce != null && !Values.truthy(reduce)) return "none";
        return sizeAverage == null || Values.truthy(sizeAverage) ? "mean" : "sum";
    }

    /**
     * binary_cross_entropy (of probabilities) or, with {@code logits}, binary_cross_entropy_with_logits:
     * the checks PyTorch's functional makes, in its words, then the engine's loss.
     */
    static Tensor binaryCrossEntropy(Args a, boolean logits, Object input, Object target, Object weight, Object posWeight, Object reduction) {
        Tensor x = TorchArgs.tensor(a, input), y = TensorFunctions.tensor(a, target, "target", 2);
        if (!java.util.Arrays.equals(x.shape(), y.shape()))
            throw PyError.value(logits
                    ? "Target size (torch.Size(" + Tensor.torchShape(y.shape()) + ")) must be the same as input size (torch.Size(" + Tensor.torchShape(x.shape()) + "))"
                    : "Using a target size (torch.Size(" + Tensor.torchShape(y.shape()) + ")) that is different to the input size (torch.Size("
                            + Tensor.torchShape(x.shape()) + ")) is deprecated. Please ensure they have the same size.");
        String r = reduction(reduction);
        if (!logits && y.dtype() != x.dtype()) // the target's dtype against the input's, then the kernel's: PyTorch's order
            throw new PyError("RuntimeError", "Found dtype " + y.dtype().scalarName() + " but expected " + x.dtype().scalarName());
        if (!logits) Ops.requireFloating("binary_cross_entropy", x.dtype());
        if (logits && !y.dtype().isFloating())
            throw new PyError("RuntimeError", "result type Double can't be cast to the desired output type " + y.dtype().scalarName());
        Tensor w = weight == null ? null : TensorFunctions.tensor(a, weight, "weight", 3);
        Tensor pw = posWeight == null ? null : TensorFunctions.tensor(a, posWeight, "pos_weight", 7);
        return logits ? Ops.binaryCrossEntropyWithLogits(x, y, w, pw, r) : Ops.binaryCrossEntropy(x, y, w, r);
    }

    /** PyTorch's reduction names; another is its ValueError. */
    static String reduction(Object r) {
        if (r instanceof String s && (s.equals("mean") || s.equals("sum") || s.equals("none"))) return s;
        throw PyError.value(Repr.str(r) + " is not a valid value for reduction");
    }

    /** nn.BCELoss(weight=None, size_average=None, reduce=None, reduction='mean') and nn.BCEWithLogitsLoss(..., pos_weight=None). */
    private static PyClass bceLoss(String name, boolean logits) {
        return layer(name, a -> {
            a.expect(0, logits ? 5 : 4, "weight", "size_average", "reduce", "reduction", "pos_weight");
            PyInstance m = instance(a);
            m.setOwn("reduction", a.option(3, "reduction", "mean")); // checked when called, as PyTorch
            m.setOwn("weight", a.option(0, "weight", null));
            if (logits) m.setOwn("pos_weight", a.option(4, "pos_weight", null));
            return null;
        }, a -> {
            a.expect(2, 2, "input", "target");
            return binaryCrossEntropy(a, logits, a.get(0), a.get(1), get(a, "weight"), logits ? get(a, "pos_weight") : null, get(a, "reduction"));
        }, null);
    }

    static final PyClass SEQUENTIAL = PyClass.library("Sequential", "torch.nn.modules.container", MODULE);
    static final PyClass MODULE_LIST = PyClass.library("ModuleList", "torch.nn.modules.container", MODULE);
    static final PyClass MODULE_DICT = PyClass.library("ModuleDict", "torch.nn.modules.container", MODULE);

    static {
        SEQUENTIAL.method("__init__", a -> {
            PyInstance m = instance(a);
            m.setOwn("training", true);
            if (a.size() == 1 && a.get(0) instanceof PyDict d && d.pyClass().name().equals("OrderedDict")) { // Sequential(OrderedDict([(name, layer), ...]))
                for (Object k : d.keys()) moduleDictPut(m, k, d.get(k));
                return null;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!isModule(a.get(i))) throw PyError.type(Values.typeName(a.get(i)) + " is not a Module subclass");
                m.setOwn(String.valueOf(i), a.get(i));
            }
            return null;
        });
        SEQUENTIAL.method("forward", a -> {
            Object x = a.positionalFrom("input").expect(1, 1).get(0);
            for (Object child : children(instance(a)).values()) x = a.interpreter().call(child, Arrays.asList(x));
            return x;
        });
        for (PyClass c : List.of(SEQUENTIAL, MODULE_LIST)) {
            c.method("__len__", a -> (long) children(instance(a.expect(0, 0))).size());
            c.method("__iter__", a -> new PyList(children(instance(a.expect(0, 0))).values()));
            c.method("__getitem__", a -> {
                List<Object> kids = new ArrayList<>(children(instance(a.expect(1, 1))).values());
                Object key = Values.plain(a.get(0));
                if (key instanceof SliceValue s) {
                    long[] r = s.indices(kids.size());
                    List<String> names = new ArrayList<>(children(instance(a)).keySet());
                    List<Object> picked = new ArrayList<>();
                    PyDict named = dev.adjoint.lang.CollectionsModule.orderedDict();
                    for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) {
                        picked.add(kids.get((int) i));
                        named.put(names.get((int) i), kids.get((int) i));
                    }
                    // PyTorch's Sequential keeps the layers' names (its class called with an OrderedDict); a ModuleList renumbers them
                    boolean sequential = instance(a).pyClass().isSubclassOf(SEQUENTIAL);
                    return a.interpreter().call(instance(a).pyClass(), sequential ? Arrays.asList((Object) named) : Arrays.asList((Object) picked));
                }
                long i = Values.toLong(key, "index");
                if (i < -kids.size() || i >= kids.size()) throw PyError.index("index " + i + " is out of range");
                return kids.get((int) (i < 0 ? i + kids.size() : i));
            });
            c.method("__setitem__", a -> { // model[2] = nn.Linear(3, 10) replaces a layer
                PyInstance m = instance(a.expect(2, 2));
                List<String> names = new ArrayList<>(children(m).keySet());
                long i = Values.toLong(Values.plain(a.get(0)), "index");
                if (i < -names.size() || i >= names.size()) throw PyError.index("index " + i + " is out of range");
                if (!isModule(a.get(1))) throw PyError.type(Values.typeName(a.get(1)) + " is not a Module subclass");
                m.setOwn(names.get((int) (i < 0 ? i + names.size() : i)), a.get(1));
                return null;
            });
            c.method("__delitem__", a -> { // del model[1], del model[1:3]: the rest renumbered 0, 1, ..., as PyTorch
                PyInstance m = instance(a.expect(1, 1));
                List<String> names = new ArrayList<>(children(m).keySet());
                Object key = Values.plain(a.get(0));
                if (key instanceof SliceValue s) {
                    long[] r = s.indices(names.size());
                    for (long i = r[0], n = SliceValue.length(r); n > 0; i += r[2], n--) m.deleteOwn(names.get((int) i));
                } else {
                    long i = Values.toLong(key, "index");
                    if (i < -names.size() || i >= names.size()) throw PyError.index("index " + i + " is out of range");
                    m.deleteOwn(names.get((int) (i < 0 ? i + names.size() : i)));
                }
                List<Object> rest = new ArrayList<>(children(m).values());
                for (String name : children(m).keySet()) m.deleteOwn(name);
                for (int i = 0; i < rest.size(); i++) m.setOwn(String.valueOf(i), rest.get(i));
                return null;
            });
            c.method("append", a -> {
                PyInstance m = instance(a.expect(1, 1));
                m.setOwn(String.valueOf(children(m).size()), a.get(0));
                return m;
            });
        }
        MODULE_LIST.method("__init__", a -> {
            PyInstance m = instance(a.expect(0, 1, "modules"));
            m.setOwn("training", true);
            Object modules = a.option(0, "modules", null);
            if (modules != null) {
                int i = 0;
                for (Object o : Values.items(modules)) m.setOwn(String.valueOf(i++), o);
            }
            return null;
        });
        MODULE_LIST.method("extend", a -> {
            PyInstance m = instance(a.expect(1, 1));
            for (Object o : Values.items(a.get(0))) m.setOwn(String.valueOf(children(m).size()), o);
            return m;
        });
    }

    /**
     * nn.ModuleDict(modules=None): modules under string keys, in the order they were added, each a
     * child (its parameters are the dict's); a dict's methods, no forward (PyTorch's error).
     */
    static {
        MODULE_DICT.method("__init__", a -> {
            PyInstance m = instance(a.expect(0, 1, "modules"));
            m.setOwn("training", true);
            Object modules = a.option(0, "modules", null);
            if (modules != null) moduleDictUpdate(a, m, modules);
            return null;
        });
        MODULE_DICT.method("__getitem__", a -> {
            Object key = a.expect(1, 1).get(0);
            Object child = key instanceof String k ? children(instance(a)).get(k) : null;
            if (child == null) throw new PyError("KeyError", Repr.repr(key)).withArgs(key);
            return child;
        });
        MODULE_DICT.method("__setitem__", a -> {
            moduleDictPut(instance(a.expect(2, 2)), a.get(0), a.get(1));
            return null;
        });
        MODULE_DICT.method("__delitem__", a -> {
            moduleDictPop(a, a.expect(1, 1).get(0));
            return null;
        });
        MODULE_DICT.method("pop", a -> moduleDictPop(a, a.expect(1, 1, "key").option(0, "key", null)));
        MODULE_DICT.method("__len__", a -> (long) children(instance(a.expect(0, 0))).size());
        MODULE_DICT.method("__iter__", a -> new PyList(new ArrayList<>(children(instance(a.expect(0, 0))).keySet())));
        MODULE_DICT.method("__contains__", a -> a.expect(1, 1).get(0) instanceof String k && children(instance(a)).containsKey(k));
        for (String view : List.of("keys", "values", "items")) // views of an OrderedDict of the children: odict_keys([...]), as PyTorch's
            MODULE_DICT.method(view, a -> {
                PyDict d = dev.adjoint.lang.CollectionsModule.orderedDict();
                for (Map.Entry<String, Object> e : children(instance(a.expect(0, 0))).entrySet()) d.put(e.getKey(), e.getValue());
                return new dev.adjoint.lang.DictView(d, dev.adjoint.lang.DictView.Kind.valueOf(view.toUpperCase()));
            });
        MODULE_DICT.method("update", a -> {
            moduleDictUpdate(a, instance(a.expect(1, 1)), a.get(0));
            return null;
        });
        MODULE_DICT.method("clear", a -> {
            PyInstance m = instance(a.expect(0, 0));
            for (String k : new ArrayList<>(children(m).keySet())) m.deleteOwn(k);
            return null;
        });
    }

    private static void moduleDictPut(PyInstance m, Object key, Object module) {
        if (!(key instanceof String k)) throw PyError.type("module name should be a string. Got " + Values.typeName(key));
        if (!isModule(module) && module != null) throw PyError.type(Values.typeName(module) + " is not a Module subclass");
        m.setOwn(k, module);
    }

    /** update(modules): a mapping's items, or an iterable of (key, module) pairs. */
    private static void moduleDictUpdate(Args a, PyInstance m, Object modules) {
        if (modules instanceof PyDict d) {
            for (Object k : d.keys()) moduleDictPut(m, k, d.get(k));
            return;
        }
        if (isModule(modules) && ((PyInstance) modules).pyClass().isSubclassOf(MODULE_DICT)) {
            for (Map.Entry<String, Object> e : children((PyInstance) modules).entrySet()) moduleDictPut(m, e.getKey(), e.getValue());
            return;
        }
        int i = 0;
        for (Object pair : Values.items(modules)) {
            List<Object> kv = Values.items(pair);
            if (kv.size() != 2)
                throw PyError.value("ModuleDict update sequence element #" + i + " has length " + kv.size() + "; 2 is required");
            moduleDictPut(m, kv.get(0), kv.get(1));
            i++;
        }
    }

    private static Object moduleDictPop(Args a, Object key) {
        PyInstance m = instance(a);
        Object child = key instanceof String k ? children(m).get(k) : null;
        if (child == null) throw new PyError("KeyError", Repr.repr(key)).withArgs(key);
        m.deleteOwn((String) key);
        return child;
    }

    /** Module.double()/float(): each floating parameter and buffer marked as asked for as float64 or not (in place, as PyTorch casts them). */
    private static PyInstance castModule(Args a, boolean float64) {
        PyInstance m = instance(a);
        for (Tensor p : namedParameters(m, true).values()) p.asksFloat64(float64);
        for (Tensor b : namedBuffers(m, true, false).values()) if (b.dtype().isFloating()) b.asksFloat64(float64);
        return m;
    }

    /** torch.nn.Parameter(data, requires_grad=True): a leaf that modules register; printed "Parameter containing:". */
    public static Tensor parameter(Args a) {
        a.expect(0, 2, "data", "requires_grad");
        Object data = a.option(0, "data", null);
        Tensor t = data == null ? null : TorchArgs.tensor(a, data);
        NDArray v = t == null ? NDArray.zeros(0) : t.value();
        return Parameter.of(v, a.bool(1, "requires_grad", true)).asksFloat64(t != null && t.asksFloat64());
    }

    static PyModule module() {
        PyModule m = new PyModule("torch.nn");
        m.add("Module", MODULE);
        m.add("Parameter", BuiltinTypes.PARAMETER);
        m.add("Linear", LINEAR);
        m.add("Sequential", SEQUENTIAL);
        TorchLazy.addTo(m);
        m.add("ModuleList", MODULE_LIST);
        m.add("ModuleDict", MODULE_DICT);
        m.add("ReLU", simple("ReLU", x -> Ops.relu(x), InPlace::relu));
        m.add("Threshold", layer("Threshold", a -> {
            a.expect(0, 3, "threshold", "value", "inplace");
            requireArguments(a, "Threshold", "threshold", "value");
            PyInstance self = instance(a);
            self.setOwn("threshold", Values.plain(a.option(0, "threshold", null)));
            self.setOwn("value", Values.plain(a.option(1, "value", null)));
            self.setOwn("inplace", a.bool(2, "inplace", false));
            return null;
        }, a -> {
            PyInstance self = instance(a.expect(1, 1));
            Tensor x = input(a);
            double th = a.number(self.own("threshold"), "threshold"), v = a.number(self.own("value"), "value");
            return Values.truthy(self.own("inplace")) ? InPlace.threshold(x, th, v) : Ops.threshold(x, th, v);
        }, a -> "threshold=" + Repr.repr(get(a, "threshold")) + ", value=" + Repr.repr(get(a, "value")) + (Values.truthy(get(a, "inplace")) ? ", inplace=True" : "")));
        m.add("GLU", layer("GLU", a -> {
            instance(a).setOwn("dim", (long) a.expect(0, 1, "dim").integer(0, "dim", -1));
            return null;
        }, a -> {
            Tensor x = input(a.expect(1, 1));
            return Ops.glu(x, TensorFunctions.dim(a, get(a, "dim"), Math.max(x.ndim(), 1)));
        }, a -> "dim=" + Repr.repr(get(a, "dim"))));
        m.add("Sigmoid", simple("Sigmoid", Ops::sigmoid, null));
        m.add("Tanh", simple("Tanh", Ops::tanh, null));
        m.add("Identity", layer("Identity", a -> null, a -> a.expect(1, 1).get(0), null));
        m.add("Softmax", dimLayer("Softmax", "softmax", Ops::softmax));
        m.add("Softmin", dimLayer("Softmin", "softmin", TorchNn::softmin));
        m.add("Softmax2d", layer("Softmax2d", a -> {
            a.expect(0, 0);
            return null;
        }, a -> {
            Tensor x = input(a.expect(1, 1));
            if (x.ndim() != 3 && x.ndim() != 4) throw new PyError("AssertionError", "Softmax2d requires a 3D or 4D tensor as input");
            return Ops.softmax(x, x.ndim() - 3);
        }, null));
        m.add("PReLU", layer("PReLU", a -> { // PReLU(num_parameters=1, init=0.25): the slopes a Parameter filled with init
            a.expect(0, 4, "num_parameters", "init", "device", "dtype");
            PyInstance self = instance(a);
            int n = a.integer(0, "num_parameters", 1);
            self.setOwn("num_parameters", (long) n);
            self.setOwn("weight", Parameter.of(NDArray.full(a.number(1, "init", 0.25), n)).asksFloat64(Torch.asksFloat64(a)));
            return null;
        }, a -> prelu(input(a.expect(1, 1)), Values.node(get(a, "weight"))), a -> "num_parameters=" + get(a, "num_parameters")));
        m.add("LogSoftmax", dimLayer("LogSoftmax", "log_softmax", Ops::logSoftmax));
        m.add("Flatten", FLATTEN);
        m.add("Unflatten", UNFLATTEN);
        TorchParameterContainers.addTo(m);
        m.add("Dropout", DROPOUT);
        m.add("MSELoss", loss("MSELoss", dev.adjoint.nn.pytorch.Loss.Kind.MSE));
        m.add("L1Loss", loss("L1Loss", dev.adjoint.nn.pytorch.Loss.Kind.L1));
        m.add("CrossEntropyLoss", classLoss("CrossEntropyLoss", true));
        m.add("NLLLoss", classLoss("NLLLoss", false));
        m.add("BCELoss", bceLoss("BCELoss", false));
        m.add("BCEWithLogitsLoss", bceLoss("BCEWithLogitsLoss", true));
        m.add("LogSigmoid", simple("LogSigmoid", Ops::logSigmoid, null));
        TorchConv.addLayers(m);
        TorchLayers.addLayers(m);
        TorchEmbeddingBag.addTo(m);
        TorchRecurrent.addLayers(m);
        TorchPool1d.addLayers(m);
        TorchPool3d.addLayers(m);
        TorchLpPool.addLayers(m);
        TorchAttention.addLayers(m);
        TorchActivations.addLayers(m);
        TorchSimilarityAndPadding.addLayers(m);
        TorchSmoothLosses.addLayers(m);
        TorchImageLayers.addLayers(m);
        TorchMarginLosses.addLayers(m);
        TorchConvTranspose.addLayers(m);
        TorchBilinear.addLayers(m);
        return m;
    }

    static PyModule functional() {
        PyModule m = new PyModule("torch.nn.functional");
        Map<String, Builtin.Fn> t = TensorFunctions.table();
        for (String name : List.of("sigmoid", "tanh")) m.add(Builtin.of(name, t.get(name)));
        m.add(Builtin.of("relu", a -> {
            Tensor x = TorchArgs.tensor(a.expect(1, 2, "input", "inplace"), a.get(0));
            return a.bool(1, "inplace", false) ? InPlace.relu(x) : Ops.relu(x);
        }));
        m.add(Builtin.of("relu_", a -> InPlace.relu(TorchArgs.tensor(a.expect(1, 1, "input"), a.get(0)))));
        m.add(Builtin.of("threshold", a -> {
            a.expect(0, 4, "input", "threshold", "value", "inplace").require("input", "threshold", "value");
            Tensor x = TorchArgs.tensor(a, a.option(0, "input", null));
            double th = a.number(1, "threshold", 0), v = a.number(2, "value", 0);
            return a.bool(3, "inplace", false) ? InPlace.threshold(x, th, v) : Ops.threshold(x, th, v);
        }));
        m.add(Builtin.of("glu", a -> {
            Tensor x = TorchArgs.tensor(a.expect(1, 2, "input", "dim"), a.option(0, "input", null));
            return Ops.glu(x, TensorFunctions.dim(a, a.option(1, "dim", -1L), Math.max(x.ndim(), 1)));
        }));
        m.add(functionalSoftmax("softmax", Ops::softmax));
        m.add(functionalSoftmax("softmin", TorchNn::softmin));
        m.add(Builtin.of("prelu", a -> {
            a.expect(2, 2, "input", "weight");
            return prelu(TorchArgs.tensor(a, a.option(0, "input", null)), TorchArgs.tensor(a, a.option(1, "weight", null)));
        }));
        m.add(functionalSoftmax("log_softmax", Ops::logSoftmax));
        m.add(Builtin.of("linear", a -> {
            a.expect(2, 3, "bias");
            Object b = a.option(2, "bias", null);
            return Ops.linear(TorchArgs.tensor(a, a.get(0)), TorchArgs.tensor(a, a.get(1)), b == null ? null : TorchArgs.tensor(a, b));
        }));
        m.add(Builtin.of("cross_entropy", a -> classLossFunction(a, true)));
        m.add(Builtin.of("nll_loss", a -> classLossFunction(a, false)));
        for (String[] l : new String[][] {{"mse_loss", "MSE"}, {"l1_loss", "L1"}}) {
            dev.adjoint.nn.pytorch.Loss.Kind kind = dev.adjoint.nn.pytorch.Loss.Kind.valueOf(l[1]);
            m.add(Builtin.of(l[0], a -> {
                a.expect(2, 3, "reduction", "weight", "ignore_index", "label_smoothing", "size_average", "reduce");
                Object r = a.has("reduction") ? a.keyword("reduction") : "mean";
                if (!(r instanceof String s)) throw PyError.type(l[0] + "(): reduction must be a string");
                Tensor input = TorchArgs.tensor(a, a.get(0)), target = TorchArgs.tensor(a, a.get(1));
                String mismatch = targetSizeWarning(input, target);
                if (mismatch != null) a.interpreter().warnAtCall("UserWarning", mismatch, a.span()); // PyTorch warns with stacklevel=2: at the caller's line, once there
                return dev.adjoint.nn.pytorch.Loss.apply(kind, input, target, s);
            }));
        }
        m.add(Builtin.of("binary_cross_entropy", a -> {
            a.expect(2, 6, "weight", "size_average", "reduce", "reduction");
            return binaryCrossEntropy(a, false, a.get(0), a.get(1), a.option(2, "weight", null), null, a.option(5, "reduction", "mean"));
        }));
        m.add(Builtin.of("binary_cross_entropy_with_logits", a -> {
            a.expect(2, 7, "weight", "size_average", "reduce", "reduction", "pos_weight");
            return binaryCrossEntropy(a, true, a.get(0), a.get(1), a.option(2, "weight", null), a.option(6, "pos_weight", null), a.option(5, "reduction", "mean"));
        }));
        m.add(Builtin.of("logsigmoid", a -> Ops.logSigmoid(TorchArgs.tensor(a, a.expect(1, 1).get(0)))));
        TorchConv.addFunctions(m);
        TorchPool1d.addFunctions(m);
        TorchPool3d.addFunctions(m);
        TorchLpPool.addFunctions(m);
        TorchLayers.addFunctions(m);
        TorchEmbeddingBag.addFunctions(m);
        TorchActivations.addFunctions(m);
        TorchSimilarityAndPadding.addFunctions(m);
        TorchSmoothLosses.addFunctions(m);
        TorchImageLayers.addFunctions(m);
        TorchMarginLosses.addFunctions(m);
        TorchConvTranspose.addFunctions(m);
        TorchBilinear.addFunctions(m);
        m.add(Builtin.of("dropout", a -> {
            a.expect(1, 3, "p", "training", "inplace");
            return dropout(TorchArgs.tensor(a, a.get(0)), a.number(1, "p", 0.5), a.bool(2, "training", true), a);
        }));
        m.add(Builtin.of("one_hot", a -> {
            a.expect(1, 2, "num_classes");
            Tensor labels = TorchArgs.tensor(a, a.get(0));
            if (labels.dtype() != DType.INT64) throw new PyError("RuntimeError", "one_hot is only applicable to index tensor.");
            Object n = a.option(1, "num_classes", -1L);
            if (!PyNumbers.isInt(Values.plain(n)))
                throw PyError.type("one_hot(): argument 'num_classes' (position 2) must be int, not " + Values.typeName(n));
            int classes = a.integer(1, "num_classes", -1);
            double[] y = labels.value().toArray();
            double min = 0, max = -1;
            for (double v : y) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            // PyTorch's checks in its order: an empty tensor needs num_classes; then the least value, then the greatest
            if (y.length == 0 && classes <= 0) throw new PyError("RuntimeError", "Can not infer total number of classes from empty tensor.");
            if (min < 0) throw new PyError("RuntimeError", "Class values must be non-negative.");
            if (y.length > 0 && classes == -1) classes = (int) max + 1;
            else if (max >= classes) throw new PyError("RuntimeError", "Class values must be smaller than num_classes.");
            return Ops.oneHot(labels, classes).to(DType.INT64);
        }));
        return m;
    }

    static PyModule init() {
        PyModule m = new PyModule("torch.nn.init");
        m.add(Builtin.of("zeros_", a -> fill(a, x -> NDArray.zeros(x.shape()))));
        m.add(Builtin.of("ones_", a -> fill(a, x -> NDArray.ones(x.shape()))));
        m.add(Builtin.of("constant_", a -> fill(a, x -> NDArray.full(a.number(1, "val", 0), x.shape()))));
        m.add(Builtin.of("uniform_", a -> fill(a, x -> uniform(a, x, a.number(1, "a", 0), a.number(2, "b", 1)))));
        m.add(Builtin.of("normal_", a -> fill(a, x -> normal(a, x, a.number(1, "mean", 0), a.number(2, "std", 1)))));
        // PyTorch's formulas step by step (std, then sqrt(3) * std), so the bounds are its doubles to the last bit
        m.add(Builtin.of("xavier_uniform_", a -> fill(a, x -> {
            double bound = Math.sqrt(3.0) * xavierStd(a, x.shape());
            return uniform(a, x, -bound, bound);
        })));
        m.add(Builtin.of("xavier_normal_", a -> fill(a, x -> normal(a, x, 0, xavierStd(a, x.shape())))));
        m.add(Builtin.of("kaiming_uniform_", a -> fill(a, x -> {
            double bound = kaimingBound(kaimingFan(a, x.shape()), kaimingGain(a));
            return uniform(a, x, -bound, bound);
        })));
        m.add(Builtin.of("kaiming_normal_", a -> fill(a, x -> normal(a, x, 0, kaimingGain(a) / Math.sqrt(kaimingFan(a, x.shape()))))));
        m.add(Builtin.of("calculate_gain", a -> {
            a.expect(1, 2, "nonlinearity", "param");
            return gain(Repr.str(a.get(0)), a.option(1, "param", null));
        }));
        StructuredInit.addTo(m);
        return m;
    }

    /** x's new values: PyTorch's float64 stream for a tensor asked for as float64 (see Tensor#asksFloat64), its float32 one otherwise. */
    static NDArray uniform(Args a, Tensor x, double from, double to) {
        requireFloating(x, "check_uniform_bounds");
        return TorchGenerator.uniform(a, x.shape(), from, to, x.asksFloat64() || Torch.rng(a).defaultDouble());
    }

    static NDArray normal(Args a, Tensor x, double mean, double std) {
        requireFloating(x, "normal_kernel_cpu");
        TorchRandom r = Torch.rng(a);
        return r.normal(x.shape(), mean, std, x.asksFloat64() || r.defaultDouble());
    }

    /** uniform_ and normal_ have kernels for floating tensors only: PyTorch's error names the kernel it looked for. */
    private static void requireFloating(Tensor x, String kernel) {
        if (!x.dtype().isFloating()) throw new PyError("RuntimeError", "\"" + kernel + "\" not implemented for '" + x.dtype().scalarName() + "'");
    }

    /** _calculate_fan_in_and_fan_out: {fan_in, fan_out}, each times the receptive field (dimensions after the second). */
    private static int[] fans(int[] s) {
        if (s.length < 2) throw PyError.value("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        int field = 1;
        for (int i = 2; i < s.length; i++) field *= s[i];
        return new int[] {s[1] * field, s[0] * field};
    }

    private static double xavierStd(Args a, int[] s) {
        int[] f = fans(s);
        return a.number(1, "gain", 1) * Math.sqrt(2.0 / (double) (f[0] + f[1]));
    }

    private static int kaimingFan(Args a, int[] s) {
        String mode = Repr.str(a.option(2, "mode", "fan_in"));
        if (!mode.equals("fan_in") && !mode.equals("fan_out"))
            throw PyError.value("Mode " + mode + " not supported, please use one of fan_in, fan_out");
        return fans(s)[mode.equals("fan_in") ? 0 : 1];
    }

    private static double kaimingGain(Args a) {
        return gain(Repr.str(a.option(3, "nonlinearity", "leaky_relu")), a.option(1, "a", 0L));
    }

    /**
     * reset_parameters of Linear and the convolutions: kaiming_uniform_(weight, a=sqrt(5)), then (with
     * {@code bias}) the bias uniform in ±1/sqrt(fan_in), fan_in the weight's size past its first
     * axis; in PyTorch's order and arithmetic. {@code store} puts each draw ("weight", "bias") in place.
     */
    static void kaimingReset(TorchRandom r, int[] weightShape, boolean bias, boolean dbl, java.util.function.BiConsumer<String, NDArray> store) {
        int fanIn = 1;
        for (int i = 1; i < weightShape.length; i++) fanIn *= weightShape[i];
        double bound = kaimingBound(fanIn, leakyReluGain(Math.sqrt(5))), biasBound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
        store.accept("weight", r.uniform(weightShape, -bound, bound, dbl));
        if (bias) store.accept("bias", r.uniform(new int[] {weightShape[0]}, -biasBound, biasBound, dbl));
    }

    /** {@code module.reset_parameters()} of a layer that draws its weights as {@link #kaimingReset}: the new values copied into its tensors, as PyTorch's in-place init. */
    static Object kaimingResetParameters(Args a) {
        PyInstance m = instance(a.expect(0, 0));
        Tensor w = Values.node(m.own("weight"));
        TorchRandom r = Torch.rng(a);
        kaimingReset(r, w.shape(), m.own("bias") instanceof Tensor, w.asksFloat64() || r.defaultDouble(), (name, v) -> copyInto(Values.node(m.own(name)), v));
        return null;
    }

    /** Values written into a module's tensor without recording, as PyTorch's init functions under no_grad. */
    static void copyInto(Tensor t, NDArray values) {
        try (Scope ignored = GradMode.noGrad()) {
            InPlace.copy(t, Tensor.constant(values));
        }
    }

    static double kaimingBound(int fan, double gain) {
        double std = gain / Math.sqrt(fan);
        return Math.sqrt(3.0) * std;
    }

    static double leakyReluGain(double slope) {
        return Math.sqrt(2.0 / (1 + slope * slope));
    }

    /** nn.init.calculate_gain. */
    private static double gain(String nonlinearity, Object param) {
        switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "selu":
                return 3.0 / 4;
            case "leaky_relu": {
                Object p = Values.plain(param);
                if (p == null) return leakyReluGain(0.01);
                if (p instanceof Boolean || !(p instanceof Number)) throw PyError.value("negative_slope " + Repr.repr(p) + " not a valid number");
                return leakyReluGain(PyNumbers.toDouble(p));
            }
            default:
                throw PyError.value("Unsupported nonlinearity " + nonlinearity);
        }
    }

    /** An init function: the tensor's values replaced in place without recording (PyTorch's no_grad fill); returns it. */
    private static Tensor fill(Args a, java.util.function.Function<Tensor, NDArray> values) {
        return fill(a.expect(1, 4, "a", "b", "mean", "std", "val", "gain", "mode", "nonlinearity"), 4, values);
    }

    /** {@link #fill} for an init function of up to {@code arguments} arguments whose keywords {@code a} has been checked for. */
    static Tensor fill(Args a, int arguments, java.util.function.Function<Tensor, NDArray> values) {
        a.expect(1, arguments, a.keywords().keySet().toArray(new String[0]));
        Tensor x = TorchArgs.tensor(a, a.get(0));
        copyInto(x, values.apply(x));
        return x;
    }
}
