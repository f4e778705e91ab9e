package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.FormatSpec;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.undo.UndoLog;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.optim.lr_scheduler.ReduceLROnPlateau} as PyTorch 1.13's: step(metric) counts the
 * epochs without improvement (by threshold, relative or absolute, in mode min or max) and past
 * patience multiplies each group's rate by factor (not below min_lr, and only by more than eps),
 * then waits cooldown epochs. Like PyTorch 1.13's it has no get_last_lr(), only _last_lr after a step.
 */
final class ReduceLrOnPlateau extends BuiltinLrScheduler implements TabledHostObject {
    private final boolean max, relative;
    private final double factor, threshold, eps;
    private final long patience, cooldown;
    private final List<Double> minLrs = new ArrayList<>();
    private double best;
    private long badEpochs, cooldownCounter;
    private Object lastEpoch = 0L; // a number: step(metrics, epoch) sets it as given

    private ReduceLrOnPlateau(Args a) {
        super("ReduceLROnPlateau", TorchLrScheduler.optimizerOf(a), Values.truthy(a.option(9, "verbose", false)));
        Object mode = a.option(1, "mode", "min"), thresholdMode = a.option(5, "threshold_mode", "rel");
        factor = a.number(2, "factor", 0.1);
        if (factor >= 1.0) throw PyError.value("Factor should be < 1.0.");
        patience = a.integer(3, "patience", 10);
        threshold = a.number(4, "threshold", 1e-4);
        cooldown = a.integer(6, "cooldown", 0);
        Object minLr = a.option(7, "min_lr", 0L);
        eps = a.number(8, "eps", 1e-8);
        int groups = optimizer.groups().size();
        if (minLr instanceof List<?> l) {
            if (l.size() != groups) throw PyError.value("expected " + groups + " min_lrs, got " + l.size());
            for (Object o : l) minLrs.add(PyNumbers.approx(TorchLrScheduler.number(o, "min_lr")));
        } else {
            for (int i = 0; i < groups; i++) minLrs.add(PyNumbers.approx(TorchLrScheduler.number(minLr, "min_lr")));
        }
        if (!"min".equals(mode) && !"max".equals(mode)) throw PyError.value("mode " + mode + " is unknown!");
        if (!"rel".equals(thresholdMode) && !"abs".equals(thresholdMode)) throw PyError.value("threshold mode " + thresholdMode + " is unknown!");
        max = "max".equals(mode);
        relative = "rel".equals(thresholdMode);
        best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    private ReduceLrOnPlateau(ReduceLrOnPlateau o, ScheduledOptimizer optimizer, PyList lastLr) {
        super(o.name, optimizer, o.verbose);
        max = o.max;
        relative = o.relative;
        factor = o.factor;
        threshold = o.threshold;
        eps = o.eps;
        patience = o.patience;
        cooldown = o.cooldown;
        minLrs.addAll(o.minLrs);
        best = o.best;
        badEpochs = o.badEpochs;
        cooldownCounter = o.cooldownCounter;
        lastEpoch = o.lastEpoch;
        this.lastLr = lastLr;
    }

    @Override
    ReduceLrOnPlateau copied(java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer) {
        return new ReduceLrOnPlateau(this, optimizer, lastLr == null ? null : (PyList) copy.apply(lastLr));
    }

    static ReduceLrOnPlateau of(Args a) {
        a.expect(1, 10, "optimizer", "mode", "factor", "patience", "threshold", "threshold_mode", "cooldown", "min_lr", "eps", "verbose");
        return new ReduceLrOnPlateau(a);
    }

    /** step(metrics, epoch=None): epoch (deprecated) is the new last_epoch, else last_epoch + 1. */
    private void step(Interpreter in, double current, Object epoch) {
        UndoLog.touch(this);
        if (epoch == null) epoch = PyNumbers.add(lastEpoch, 1L);
        else TorchLrScheduler.warn(in, LrSchedulerBase.EPOCH_DEPRECATION_WARNING);
        lastEpoch = Values.plain(epoch);
        if (isBetter(current)) {
            best = current;
            badEpochs = 0;
        } else {
            badEpochs++;
        }
        if (cooldownCounter > 0) {
            cooldownCounter--;
            badEpochs = 0; // bad epochs in cooldown do not count
        }
        if (badEpochs > patience) {
            reduce(in);
            cooldownCounter = cooldown;
            badEpochs = 0;
        }
        lastLr = currentLrs();
    }

    private boolean isBetter(double a) {
        if (max) return relative ? a > best * (threshold + 1.0) : a > best + threshold;
        return relative ? a < best * (1.0 - threshold) : a < best - threshold;
    }

    private void reduce(Interpreter in) {
        List<PyDict> groups = optimizer.groups();
        for (int i = 0; i < groups.size(); i++) {
            double old = PyNumbers.approx(TorchLrScheduler.number(groups.get(i).get("lr"), "lr"));
            double next = Math.max(old * factor, minLrs.get(i));
            if (old - next > eps) {
                groups.get(i).put("lr", next);
                if (verbose) in.printer().print("Epoch " + epochText(lastEpoch) + ": reducing learning rate of group " + i + " to " + FormatSpec.format(next, ".4e") + ".");
            }
        }
    }

    private static final AttributeTable<ReduceLrOnPlateau> ATTRIBUTES = new AttributeTable<ReduceLrOnPlateau>()
            .value("best", r -> r.best)
            .value("cooldown_counter", r -> r.cooldownCounter)
            .value("factor", r -> r.factor)
            .value("in_cooldown", r -> r.cooldownCounter > 0)
            .value("last_epoch", r -> r.lastEpoch)
            .value("num_bad_epochs", r -> r.badEpochs)
            .value("optimizer", r -> r.optimizer.value())
            .value("patience", r -> r.patience)
            .method("step", (r, a) -> {
                a.expect(0, 2, "metrics", "epoch");
                if (a.size() == 0 && !a.has("metrics"))
                    throw PyError.type("ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'");
                r.step(a.interpreter(), a.number(a.option(0, "metrics", null), "metrics"), a.option(1, "epoch", null));
                return null;
            })
            .value("verbose", r -> r.verbose);

    @Override
    public AttributeTable<ReduceLrOnPlateau> attributeTable() {
        return ATTRIBUTES;
    }

    /** _last_lr exists once a step has set it, as PyTorch's: no name of the table, which dir() lists from the start. */
    @Override
    public Object attribute(String name) {
        return name.equals("_last_lr") ? lastLr : TabledHostObject.super.attribute(name);
    }

    @Override
    public Runnable snapshot() {
        double b = best;
        Object epoch = lastEpoch;
        long bad = badEpochs, cool = cooldownCounter;
        PyList last = lastLr;
        return () -> {
            best = b;
            lastEpoch = epoch;
            badEpochs = bad;
            cooldownCounter = cool;
            lastLr = last;
        };
    }
}
