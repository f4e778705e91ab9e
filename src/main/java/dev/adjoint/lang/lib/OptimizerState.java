package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.optim.Optimizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A torch.optim optimizer's checkpoint, as the "saving and loading a general checkpoint" recipe
 * uses it: {@code state_dict()} is PyTorch's {@code {'state': {index: {...}}, 'param_groups':
 * [{hyperparameters..., 'params': [indices]}]}} with the parameters numbered across the groups,
 * {@code load_state_dict} puts such a dict back (hyperparameters and buffers), and
 * {@code optimizer.state} is the per-parameter state keyed by the parameters. The tensors in
 * them are copies: PyTorch's share the live buffers (there, a checkpoint kept in memory needs
 * copy.deepcopy; here it is one already).
 */
final class OptimizerState {
    private OptimizerState() {}

    static PyDict stateDict(List<PyDict> groups, List<Optimizer> engines, Args a) {
        PyDict state = new PyDict();
        PyList packed = new PyList();
        long index = 0;
        for (int i = 0; i < groups.size(); i++) {
            PyDict group = new PyDict();
            for (PyDict.Entry e : groups.get(i).entries()) if (!e.key().equals("params")) group.put(e.key(), e.value());
            PyList params = new PyList();
            for (int k = 0; k < paramCount(groups.get(i)); k++, index++) {
                params.add(index);
                Map<String, Object> s = engines.get(i).state(k);
                if (s != null) state.put(index, toPython(s));
            }
            group.put("params", params);
            packed.add(group);
        }
        PyDict out = new PyDict();
        out.put("state", state);
        out.put("param_groups", packed);
        return out;
    }

    /** optimizer.state: each parameter that has state, keyed by the parameter itself. */
    static PyDict byParameter(List<PyDict> groups, List<Optimizer> engines) {
        PyDict out = dev.adjoint.lang.CollectionsModule.defaultDict(dev.adjoint.lang.BuiltinTypes.DICT); // PyTorch's defaultdict(dict)
        for (int i = 0; i < groups.size(); i++) {
            List<?> params = (List<?>) groups.get(i).get("params");
            for (int k = 0; k < params.size(); k++) {
                Map<String, Object> s = engines.get(i).state(k);
                if (s != null) out.put(params.get(k), toPython(s));
            }
        }
        return out;
    }

    /** load_state_dict: PyTorch's checks of the groups, then each group's hyperparameters and each parameter's state. */
    static void load(Object saved, List<PyDict> groups, List<Optimizer> engines, Function<PyDict, Optimizer> engine) {
        if (!(saved instanceof PyDict sd) || !(sd.get("param_groups") instanceof List<?> savedGroups) || !(sd.get("state") instanceof PyDict savedState))
            throw PyError.type("load_state_dict() expects an optimizer's state_dict(): a dict with 'state' and 'param_groups'");
        if (savedGroups.size() != groups.size()) throw PyError.value("loaded state dict has a different number of parameter groups");
        for (int i = 0; i < groups.size(); i++) {
            if (!(savedGroups.get(i) instanceof PyDict g) || !(g.get("params") instanceof List<?> ids) || ids.size() != paramCount(groups.get(i)))
                throw PyError.value("loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
        }
        long index = 0;
        for (int i = 0; i < groups.size(); i++) {
            PyDict group = groups.get(i), from = (PyDict) savedGroups.get(i);
            List<?> ids = (List<?>) from.get("params");
            for (PyDict.Entry e : from.entries()) if (!e.key().equals("params")) group.put(e.key(), e.value());
            Optimizer fresh = engine.apply(group);
            for (int k = 0; k < ids.size(); k++, index++) {
                Object s = savedState.get(ids.get(k));
                if (s == null) continue;
                try {
                    fresh.loadState(k, fromPython(s));
                } catch (IllegalArgumentException e) {
                    throw PyError.value(e.getMessage());
                }
            }
            engines.set(i, fresh);
        }
    }

    private static int paramCount(PyDict group) {
        return ((List<?>) group.get("params")).size();
    }

    /** The engine's state as Python values: buffers as tensors, a Double as a 0-d float tensor (Adam's step: tensor(1.)). */
    private static PyDict toPython(Map<String, Object> state) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : state.entrySet()) {
            Object v = e.getValue();
            d.put(e.getKey(), v instanceof NDArray a ? Tensor.constant(a) : v instanceof Double x ? Tensor.constant(x) : v);
        }
        return d;
    }

    private static Map<String, Object> fromPython(Object state) {
        if (!(state instanceof PyDict d)) throw PyError.type("an optimizer state must be a dict, not " + Values.typeName(state));
        Map<String, Object> m = new LinkedHashMap<>();
        for (PyDict.Entry e : d.entries()) {
            Object v = Values.plain(e.value());
            if (v instanceof Tensor t) v = t.ndim() == 0 && e.key().equals("step") ? (Object) t.item() : t.value();
            else if (PyNumbers.isNumber(v)) v = PyNumbers.approx(v);
            m.put(String.valueOf(e.key()), v);
        }
        return m;
    }
}
