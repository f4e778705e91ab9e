package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Callable;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.lr_scheduler._LRScheduler}, the base class a course subclasses for a schedule
 * of its own (a warm-up, Noam's rate): its __init__, step(), get_last_lr(), state_dict() and
 * load_state_dict() as PyTorch 1.13's, over the instance's attributes (optimizer, base_lrs,
 * last_epoch, _step_count, _last_lr), calling the subclass's get_lr() (or _get_closed_form_lr()
 * for step(epoch)).
 */
final class LrSchedulerBase {
    private LrSchedulerBase() {}

    static final String EPOCH_DEPRECATION_WARNING = "The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where possible. "
            + "Please use `scheduler.step()` to step the scheduler. During the deprecation, if epoch is different from None, the closed form is used "
            + "instead of the new chainable form, where available. Please open an issue if you are unable to replicate your use case: "
            + "https://github.com/pytorch/pytorch/issues/new/choose.";

    static final PyClass CLASS = PyClass.library("_LRScheduler", "torch.optim.lr_scheduler", null);

    static {
        CLASS.method("__init__", a -> {
            PyInstance s = self(a.expect(1, 3, "optimizer", "last_epoch", "verbose"));
            ScheduledOptimizer optimizer = TorchLrScheduler.optimizerOf(a);
            long lastEpoch = Values.toLong(Values.plain(a.option(1, "last_epoch", -1L)), "last_epoch");
            PyList bases = TorchLrScheduler.initialLrs(optimizer, lastEpoch);
            s.setOwn("optimizer", optimizer.value());
            s.setOwn("base_lrs", bases);
            s.setOwn("last_epoch", lastEpoch);
            s.setOwn("verbose", Values.truthy(a.option(2, "verbose", false)));
            optimizer.resetStepCount(); // _initial_step
            s.setOwn("_step_count", 0L);
            step(a, s, null);
            return null;
        });
        CLASS.method("step", a -> {
            step(a, self(a.expect(0, 1, "epoch")), a.option(0, "epoch", null));
            return null;
        });
        CLASS.method("get_last_lr", a -> self(a.expect(0, 0)).own("_last_lr"));
        CLASS.method("get_lr", a -> {
            throw new PyError("NotImplementedError", "");
        });
        CLASS.method("state_dict", a -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, Object> e : self(a.expect(0, 0)).attributes().entrySet()) if (!e.getKey().equals("optimizer")) d.put(e.getKey(), e.getValue());
            return d;
        });
        CLASS.method("load_state_dict", a -> {
            PyInstance s = self(a.expect(1, 1, "state_dict"));
            if (!(a.option(0, "state_dict", null) instanceof PyDict d)) throw PyError.type("load_state_dict() expects a dict");
            for (PyDict.Entry e : d.entries()) s.setOwn(Values.str(e.key()), e.value());
            return null;
        });
    }

    private static PyInstance self(Args a) {
        return (PyInstance) a.self();
    }

    /** _LRScheduler.step(epoch=None): the step-order warning, the counters, then the subclass's rates written into param_groups. */
    private static void step(Args a, PyInstance s, Object epoch) {
        if (!s.attributes().containsKey("optimizer")) throw PyError.attribute("'" + s.pyClass().name() + "' object has no attribute 'optimizer'");
        ScheduledOptimizer optimizer = ScheduledOptimizer.of(s.own("optimizer"));
        long count = Values.toLong(Values.plain(s.own("_step_count")), "_step_count");
        TorchLrScheduler.warnIfBeforeOptimizerStep(a.interpreter(), count, optimizer);
        s.setOwn("_step_count", count + 1);
        s.setOwn("_get_lr_called_within_step", true);
        Object values;
        try {
            if (epoch == null) {
                s.setOwn("last_epoch", PyNumbers.add(Values.plain(s.own("last_epoch")), 1L));
                values = call(s, "get_lr");
            } else {
                TorchLrScheduler.warn(a.interpreter(), EPOCH_DEPRECATION_WARNING);
                s.setOwn("last_epoch", epoch);
                values = call(s, s.pyClass().lookup("_get_closed_form_lr") instanceof Callable ? "_get_closed_form_lr" : "get_lr");
            }
        } finally {
            s.setOwn("_get_lr_called_within_step", false);
        }
        List<PyDict> groups = optimizer.groups();
        List<Object> lrs = Values.items(values);
        boolean verbose = Values.truthy(s.attributes().get("verbose"));
        for (int i = 0; i < Math.min(groups.size(), lrs.size()); i++) {
            groups.get(i).put("lr", lrs.get(i));
            BuiltinLrScheduler.printLr(a.interpreter(), verbose, i, lrs.get(i), epoch);
        }
        s.setOwn("_last_lr", BuiltinLrScheduler.lrsOf(optimizer));
    }

    private static Object call(PyInstance s, String method) {
        if (!(s.pyClass().lookup(method) instanceof Callable)) throw PyError.attribute("'" + s.pyClass().name() + "' object has no attribute '" + method + "'");
        return s.interpreter().call(s.pyClass().lookup(method), new ArrayList<>(List.of(s)));
    }
}
