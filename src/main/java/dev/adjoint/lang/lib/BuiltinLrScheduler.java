package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.FormatSpec;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.List;

/**
 * What every built-in learning-rate scheduler object shares ({@link TorchLrScheduler}'s schedules,
 * {@link CombinedSchedules}, {@link ReduceLrOnPlateau}): its class name, its optimizer, the rates its
 * last step left (get_last_lr(), _last_lr) and its repr.
 */
abstract class BuiltinLrScheduler implements HostObject, Undoable, dev.adjoint.lang.DeepCopyable {
    final String name;
    final ScheduledOptimizer optimizer;
    /** verbose=True: each rate a step sets is printed, as PyTorch's print_lr prints it. */
    final boolean verbose;
    PyList lastLr;

    BuiltinLrScheduler(String name, ScheduledOptimizer optimizer, boolean verbose) {
        this.name = name;
        this.optimizer = optimizer;
        this.verbose = verbose;
    }

    /**
     * PyTorch 1.13's print_lr: "Adjusting learning rate of group 0 to 1.0000e-01." for each group a
     * step sets, with verbose=True; "Epoch 00003: adjusting ..." when the step was given its epoch.
     */
    static void printLr(Interpreter in, boolean verbose, int group, Object lr, Object epoch) {
        if (!verbose) return;
        String rest = "learning rate of group " + group + " to " + FormatSpec.format(Values.plain(lr), ".4e") + ".";
        in.printer().print(epoch == null ? "Adjusting " + rest : "Epoch " + epochText(epoch) + ": adjusting " + rest);
    }

    /** The epoch as PyTorch's messages write it: {@code ("%.2f" if isinstance(epoch, float) else "%.5d") % epoch}. */
    static String epochText(Object epoch) {
        Object e = Values.plain(epoch);
        if (e instanceof Double) return FormatSpec.format(e, ".2f");
        if (e instanceof Boolean b) e = b ? 1L : 0L;
        String digits = Values.str(PyNumbers.abs(e));
        return (PyNumbers.compare(e, 0L) < 0 ? "-" : "") + "0".repeat(Math.max(0, 5 - digits.length())) + digits;
    }

    /** The learning rate of each of the optimizer's param_groups now. */
    static PyList lrsOf(ScheduledOptimizer optimizer) {
        List<Object> out = new ArrayList<>();
        for (PyDict g : optimizer.groups()) out.add(g.get("lr"));
        return new PyList(out);
    }

    final PyList currentLrs() {
        return lrsOf(optimizer);
    }

    final ScheduledOptimizer optimizer() {
        return optimizer;
    }

    /**
     * copy.deepcopy(scheduler), as PyTorch's deepcopy of its __dict__: its optimizer and settings
     * copied with the same memo (so a scheduler copied together with its optimizer shares the copy),
     * its counters as they are.
     */
    @Override
    public final Object deepCopy(java.util.function.UnaryOperator<Object> copy) {
        return copied(copy, ScheduledOptimizer.of(copy.apply(optimizer.value())));
    }

    /** This scheduler's copy, over the copied optimizer, its parts copied by {@code copy}. */
    abstract BuiltinLrScheduler copied(java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer);

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
