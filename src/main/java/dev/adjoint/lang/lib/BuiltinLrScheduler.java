package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.lib.TorchOptim.TorchOptimizer;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.List;

/**
 * What every built-in learning-rate scheduler object shares ({@link TorchLrScheduler}'s schedules,
 * {@link CombinedSchedules}, {@link ReduceLrOnPlateau}): its class name, its optimizer, the rates its
 * last step left (get_last_lr(), _last_lr) and its repr.
 */
abstract class BuiltinLrScheduler implements HostObject, Undoable {
    final String name;
    final TorchOptimizer optimizer;
    PyList lastLr;

    BuiltinLrScheduler(String name, TorchOptimizer optimizer) {
        this.name = name;
        this.optimizer = optimizer;
    }

    /** The learning rate of each of the optimizer's param_groups now. */
    static PyList lrsOf(TorchOptimizer optimizer) {
        List<Object> out = new ArrayList<>();
        for (PyDict g : optimizer.groups()) out.add(g.get("lr"));
        return new PyList(out);
    }

    final PyList currentLrs() {
        return lrsOf(optimizer);
    }

    final TorchOptimizer optimizer() {
        return optimizer;
    }

    /** get_last_lr(): the rates the last step left. */
    final Builtin getLastLr() {
        return Builtin.of("get_last_lr", a -> {
            a.expect(0, 0);
            return lastLr;
        });
    }

    @Override
    public final String typeName() {
        return name;
    }

    @Override
    public final String toString() {
        return "<torch.optim.lr_scheduler." + name + " object>";
    }
}
