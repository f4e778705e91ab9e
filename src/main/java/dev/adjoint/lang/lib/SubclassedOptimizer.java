package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * An object of a user's subclass of torch.optim.Optimizer (or of a built-in optimizer) as a
 * scheduler sees it: its param_groups and defaults (a built-in optimizer's for a subclass of one),
 * and its steps counted as PyTorch 1.13's _LRScheduler counts them: the object's step becomes a
 * wrapper of its class's step that adds one to the object's _step_count.
 */
record SubclassedOptimizer(PyInstance instance) implements ScheduledOptimizer {
    @Override
    public Object value() {
        return instance;
    }

    @Override
    public List<PyDict> groups() {
        TorchOptim.TorchOptimizer engine = TorchOptim.engineOf(instance);
        return engine != null ? engine.groups() : OptimizerBase.groups(instance);
    }

    @Override
    public boolean hasDefault(String key) {
        TorchOptim.TorchOptimizer engine = TorchOptim.engineOf(instance);
        return engine != null ? engine.hasDefault(key) : OptimizerBase.defaults(instance).containsKey(key);
    }

    @Override
    public int stepCount() {
        Object count = instance.attributes().get("_step_count");
        return count == null ? 0 : Math.toIntExact(Values.toLong(Values.plain(count), "_step_count"));
    }

    /** PyTorch's with_counter(optimizer.step) and _initial_step: the class's step, counted, as the object's own; the count 0. */
    @Override
    public void resetStepCount() {
        Object step = instance.pyClass().lookup("step");
        instance.setOwn("step", Builtin.of("step", a -> {
            instance.setOwn("_step_count", stepCount() + 1L);
            List<Object> args = new ArrayList<>();
            args.add(instance);
            args.addAll(a.positional());
            return a.interpreter().call(step, args, a.keywords(), a.span());
        }));
        instance.setOwn("_step_count", 0L);
    }
}
