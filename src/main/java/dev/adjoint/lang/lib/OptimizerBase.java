package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.CollectionsModule;
import dev.adjoint.lang.CopyModule;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PySet;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.optim.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code torch.optim.Optimizer}, the base class of every optimizer and the one a course subclasses
 * for an optimizer of its own (the "write your own optimizer" homework): its __init__(params,
 * defaults), add_param_group, zero_grad, state_dict and __repr__ as PyTorch 1.13's, over the
 * instance's attributes (defaults, state: a defaultdict(dict) keyed by parameter, param_groups),
 * while the subclass writes step(). adjoint's own optimizers (SGD, Adam, ...) are instances of
 * its subclasses and share its rules for parameter groups.
 */
final class OptimizerBase {
    private OptimizerBase() {}

    static final PyClass CLASS = PyClass.library("Optimizer", "torch.optim.optimizer", null);
    /** The attributes __getstate__ gives, in PyTorch's order. */
    private static final List<String> STATE = List.of("defaults", "state", "param_groups");

    static {
        CLASS.method("__init__", a -> {
            PyInstance o = self(a.expect(2, 2, "params", "defaults"));
            Object params = a.option(0, "params", null);
            o.setOwn("defaults", a.option(1, "defaults", null));
            List<Object> groups = givenGroups(params);
            o.setOwn("state", CollectionsModule.defaultDict(BuiltinTypes.DICT));
            o.setOwn("param_groups", new PyList());
            for (Object g : groups) a.interpreter().call(o.pyClass().lookup("add_param_group"), args(o, g)); // a subclass's own add_param_group too
            return null;
        });
        CLASS.method("add_param_group", ownOrEngine("add_param_group", a -> {
            PyInstance o = self(a.expect(1, 1, "param_group"));
            List<PyDict> groups = groups(o);
            PyDict g = completeGroup(a, a.option(0, "param_group", null), defaults(o), groups);
            if (!(own(o, "param_groups") instanceof PyList list)) throw PyError.attribute("'" + Values.typeName(o.own("param_groups")) + "' object has no attribute 'append'");
            list.add(g);
            return null;
        }));
        CLASS.method("zero_grad", ownOrEngine("zero_grad", a -> {
            boolean none = a.expect(0, 1, "set_to_none").bool(0, "set_to_none", false);
            for (PyDict g : groups(self(a))) for (Object p : Values.items(g.get("params"))) Optimizer.zeroGrad(Values.node(p), none);
            return null;
        }));
        CLASS.method("step", a -> { // step(self, closure): the subclass writes it
            if (a.size() == 0 && !a.has("closure")) throw PyError.type("Optimizer.step() missing 1 required positional argument: 'closure'");
            a.expect(1, 1, "closure");
            throw new PyError("NotImplementedError", "");
        });
        CLASS.method("__repr__", a -> a.self() instanceof PyInstance o ? describe(o.pyClass().name(), groups(o)) : a.self().toString()); // adjoint's own optimizers print themselves
        CLASS.method("state_dict", ownOrEngine("state_dict", a -> stateDict(self(a.expect(0, 0)))));
        CLASS.method("__getstate__", a -> { // what pickle and copy keep: the three attributes __init__ sets
            a.expect(0, 0);
            PyDict state = new PyDict();
            for (String name : STATE) state.put(name, a.self() instanceof PyInstance o && TorchOptim.engineOf(o) == null ? own(o, name) : TorchOptim.engine(a.self()).attribute(name));
            return state;
        });
        CLASS.method("__setstate__", a -> { // PyTorch 1.13's: the attributes updated, then defaults gets 'differentiable' if it lacks it
            Object given = a.expect(1, 1, "state").option(0, "state", null);
            if (!(a.self() instanceof PyInstance o) || TorchOptim.engineOf(o) != null)
                throw new PyError("NotImplementedError", "__setstate__ of a built-in optimizer: adjoint restores one with load_state_dict(saved.state_dict())");
            if (!(given instanceof PyDict d)) throw PyError.type("'" + Values.typeName(given) + "' object is not iterable");
            for (PyDict.Entry e : d.entries()) o.setOwn(Values.str(e.key()), e.value());
            PyDict defaults = defaults(o);
            if (!defaults.containsKey("differentiable")) defaults.put("differentiable", false);
            return null;
        });
        CLASS.method("load_state_dict", ownOrEngine("load_state_dict", a -> {
            PyInstance o = self(a.expect(1, 1, "state_dict"));
            loadStateDict(o, CopyModule.deepcopy(a.option(0, "state_dict", null), a.interpreter()));
            return null;
        }));
    }

    /**
     * A method built-in optimizers have too: called through Optimizer on one of them
     * ({@code torch.optim.Optimizer.zero_grad(opt)}), it is that optimizer's own.
     */
    private static Builtin.Fn ownOrEngine(String method, Builtin.Fn fn) {
        return a -> {
            Object engine = a.self() instanceof PyInstance o ? TorchOptim.engineOf(o) : a.self() instanceof TorchOptim.TorchOptimizer t ? t : null;
            if (engine == null) return fn.apply(a);
            return a.interpreter().call(((TorchOptim.TorchOptimizer) engine).attribute(method), a.positional(), a.keywords(), a.span());
        };
    }

    private static PyInstance self(Args a) {
        return (PyInstance) a.self();
    }

    /** The object's param_groups, each a dict. */
    static List<PyDict> groups(PyInstance o) {
        List<PyDict> out = new ArrayList<>();
        for (Object g : Values.items(own(o, "param_groups"))) {
            if (!(g instanceof PyDict d)) throw PyError.type("'" + Values.typeName(g) + "' object is not subscriptable");
            out.add(d);
        }
        return out;
    }

    /** An attribute Optimizer.__init__ sets: AttributeError when a subclass did not call it. */
    private static Object own(PyInstance o, String name) {
        if (!o.attributes().containsKey(name)) throw PyError.attribute("'" + o.pyClass().name() + "' object has no attribute '" + name + "'");
        return o.own(name);
    }

    static PyDict defaults(PyInstance o) {
        if (!(own(o, "defaults") instanceof PyDict d)) throw PyError.attribute("'" + Values.typeName(o.own("defaults")) + "' object has no attribute 'items'");
        return d;
    }

    /** Optimizer.__init__'s reading of params: a list of groups (dicts), or of tensors made into one group. */
    static List<Object> givenGroups(Object params) {
        if (Values.node(params) != null)
            throw PyError.type("params argument given to the optimizer should be an iterable of Tensors or dicts, but got " + Values.node(params).dtype().tensorTypeName());
        List<Object> items = new ArrayList<>(Values.items(params));
        if (items.isEmpty()) throw PyError.value("optimizer got an empty parameter list");
        if (items.get(0) instanceof PyDict) return items;
        PyDict g = new PyDict();
        g.put("params", new PyList(items));
        return new ArrayList<>(Collections.singletonList(g));
    }

    /**
     * add_param_group's checks and completion of the dict given (changed in place, as PyTorch's):
     * its params a list of leaf tensors, each missing hyperparameter the default's (a null default
     * for lr: required), and none of its parameters already in a group. The caller appends it.
     */
    static PyDict completeGroup(Args a, Object given, PyDict defaults, List<PyDict> groups) {
        if (!(given instanceof PyDict g)) throw new PyError("AssertionError", "param group must be a dict");
        Object ps = g.get("params");
        if (ps == null && !g.containsKey("params")) throw PyError.key("params");
        if (Values.plain(ps) instanceof PySet)
            throw PyError.type("optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. "
                    + "Please use a list instead.");
        PyList params = Values.node(ps) != null ? PyList.of(ps) : new PyList(Values.items(ps));
        g.put("params", params);
        for (Object p : params) {
            Tensor t = Values.node(p);
            if (t == null) throw PyError.type("optimizer can only optimize Tensors, but one of the params is " + Values.typeName(p));
            if (!t.isLeaf()) throw PyError.value("can't optimize a non-leaf Tensor");
        }
        for (PyDict.Entry e : defaults.entries()) {
            if (g.containsKey(e.key())) continue;
            if (e.value() == null && "lr".equals(e.key())) throw PyError.value("parameter group didn't specify a value of required optimization parameter lr");
            g.put(e.key(), e.value());
        }
        Set<Tensor> mine = identitySet(Collections.singletonList(g));
        if (mine.size() != params.size())
            a.interpreter().warn("UserWarning", "optimizer contains a parameter group with duplicate parameters; in future, this will cause an error; "
                    + "see github.com/pytorch/pytorch/issues/40967 for more information", "torch.optim.optimizer");
        Set<Tensor> before = identitySet(groups);
        for (Tensor t : mine) if (before.contains(t)) throw PyError.value("some parameters appear in more than one parameter group");
        return g;
    }

    private static Set<Tensor> identitySet(List<PyDict> groups) {
        Set<Tensor> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyDict g : groups) for (Object p : Values.items(g.get("params"))) out.add(Values.node(p));
        return out;
    }

    /** PyTorch's text of an optimizer: one block per group, its hyperparameters sorted by name. */
    static String describe(String name, List<PyDict> groups) {
        StringBuilder sb = new StringBuilder(name).append(" (");
        for (int i = 0; i < groups.size(); i++) {
            sb.append("\nParameter Group ").append(i).append('\n'); // so groups after the first follow a blank line
            Map<String, Object> sorted = new TreeMap<>();
            for (PyDict.Entry e : groups.get(i).entries()) if (!"params".equals(e.key())) sorted.put(Values.str(e.key()), e.value());
            for (Map.Entry<String, Object> e : sorted.entrySet()) sb.append("    ").append(e.getKey()).append(": ").append(Repr.str(e.getValue())).append('\n');
        }
        return sb.append(')').toString();
    }

    /** state_dict(): the parameters numbered across the groups (a repeated one keeps its first number), state keyed by those numbers. */
    private static PyDict stateDict(PyInstance o) {
        Map<Tensor, Long> numbers = new IdentityHashMap<>();
        PyList packed = new PyList();
        long start = 0;
        for (PyDict g : groups(o)) {
            PyDict group = new PyDict();
            for (PyDict.Entry e : g.entries()) if (!"params".equals(e.key())) group.put(e.key(), e.value());
            List<Object> params = Values.items(g.get("params"));
            PyList ids = new PyList();
            for (int i = 0; i < params.size(); i++) numbers.putIfAbsent(Values.node(params.get(i)), start + i);
            for (Object p : params) ids.add(numbers.get(Values.node(p)));
            group.put("params", ids);
            start += ids.size();
            packed.add(group);
        }
        PyDict state = new PyDict();
        if (own(o, "state") instanceof PyDict s)
            for (PyDict.Entry e : s.entries()) state.put(Values.node(e.key()) != null && numbers.containsKey(Values.node(e.key())) ? numbers.get(Values.node(e.key())) : e.key(), e.value());
        PyDict out = new PyDict();
        out.put("state", state);
        out.put("param_groups", packed);
        return out;
    }

    /**
     * load_state_dict (of a deep copy, as PyTorch's): the saved groups matched to this optimizer's
     * by count and size, each saved parameter number mapped to the parameter in that place, the
     * groups' hyperparameters the saved ones (with this optimizer's parameters).
     */
    private static void loadStateDict(PyInstance o, Object saved) {
        if (!(saved instanceof PyDict sd)) throw PyError.type("'" + Values.typeName(saved) + "' object is not subscriptable");
        if (!sd.containsKey("param_groups")) throw PyError.key("param_groups");
        if (!sd.containsKey("state")) throw PyError.key("state");
        List<PyDict> groups = groups(o);
        List<Object> savedGroups = Values.items(sd.get("param_groups"));
        if (groups.size() != savedGroups.size()) throw PyError.value("loaded state dict has a different number of parameter groups");
        PyDict byNumber = new PyDict();
        for (int i = 0; i < groups.size(); i++) {
            if (!(savedGroups.get(i) instanceof PyDict g)) throw PyError.type("'" + Values.typeName(savedGroups.get(i)) + "' object is not subscriptable");
            List<Object> mine = Values.items(groups.get(i).get("params")), theirs = Values.items(g.get("params"));
            if (mine.size() != theirs.size())
                throw PyError.value("loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
            for (int k = 0; k < mine.size(); k++) byNumber.put(theirs.get(k), mine.get(k));
        }
        PyDict state = CollectionsModule.defaultDict(BuiltinTypes.DICT);
        if (sd.get("state") instanceof PyDict s)
            for (PyDict.Entry e : s.entries()) state.put(byNumber.containsKey(e.key()) ? byNumber.get(e.key()) : e.key(), e.value());
        PyList newGroups = new PyList();
        for (int i = 0; i < groups.size(); i++) {
            PyDict g = (PyDict) savedGroups.get(i);
            g.put("params", groups.get(i).get("params"));
            newGroups.add(g);
        }
        o.setOwn("state", state);
        o.setOwn("param_groups", newGroups);
    }

    static List<Object> args(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
