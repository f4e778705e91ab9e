package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.CollectionsModule;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Operators;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.TokenType;
import dev.adjoint.lang.Values;
import dev.adjoint.undo.UndoLog;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.lr_scheduler}: StepLR, MultiStepLR, ExponentialLR, CosineAnnealingLR,
 * LambdaLR, MultiplicativeLR, ConstantLR, LinearLR and PolynomialLR (and {@link CyclicSchedules}'
 * OneCycleLR, CyclicLR and CosineAnnealingWarmRestarts) as PyTorch 1.13 computes them (the chainable form: each step
 * changes the learning rate the optimizer's param_groups hold now, so a rate set by hand is
 * carried on), and {@link ReduceLrOnPlateau}. The arithmetic is Python's on the groups' values
 * (an int rate stays an int until multiplied by a float).
 */
class TorchLrScheduler extends BuiltinLrScheduler implements TabledHostObject {
    static final String STEP_ORDER_WARNING = "Detected call of `lr_scheduler.step()` before `optimizer.step()`. "
            + "In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  "
            + "Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. "
            + "See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate";

    /** The line of lr_scheduler.py (PyTorch 1.13) whose warnings.warn each schedule's get_lr() calls outside step(): one warning per line. */
    private static final Map<String, Integer> GET_LR_WARNING_LINES = Map.ofEntries(Map.entry("LambdaLR", 257), Map.entry("MultiplicativeLR", 335),
            Map.entry("StepLR", 381), Map.entry("MultiStepLR", 429), Map.entry("ConstantLR", 483), Map.entry("LinearLR", 550), Map.entry("ExponentialLR", 587),
            Map.entry("PolynomialLR", 742), Map.entry("CosineAnnealingLR", 807), Map.entry("CyclicLR", 1282), Map.entry("CosineAnnealingWarmRestarts", 1359),
            Map.entry("OneCycleLR", 1679));

    /** One schedule's rule: the groups' next learning rates (PyTorch's get_lr), from the scheduler as it is. */
    interface Rule {
        List<Object> next(TorchLrScheduler s, Interpreter in);
    }

    private final Rule rule;
    /** PyTorch's _get_closed_form_lr, used by step(epoch); null where the schedule has none (get_lr then). */
    private java.util.function.Function<TorchLrScheduler, List<Object>> closedForm;
    final Map<String, Object> settings; // the schedule's own arguments, readable as attributes
    final PyList baseLrs;
    long lastEpoch;
    int stepCount;

    /**
     * PyTorch's _LRScheduler.__init__: a fresh schedule (last_epoch=-1) records each group's
     * initial_lr; resuming (last_epoch=k, argument {@code lastEpochAt} by position) needs the
     * initial_lr a schedule left in param_groups, else PyTorch's KeyError. The first step then
     * moves to epoch k + 1 by the chainable rule, as PyTorch's does.
     */
    TorchLrScheduler(String name, Args a, int lastEpochAt, Map<String, Object> settings, Rule rule) {
        super(name, optimizerOf(a), Values.truthy(a.option(lastEpochAt + 1, "verbose", false)));
        this.rule = rule;
        this.settings = settings;
        long resumeAt = Values.toLong(Values.plain(a.option(lastEpochAt, "last_epoch", -1L)), "last_epoch");
        this.baseLrs = initialLrs(optimizer, resumeAt);
        this.lastEpoch = resumeAt;
        optimizer.resetStepCount();
        step(a.interpreter(), null); // PyTorch's _initial_step: epoch 0
    }

    /** A copy of {@code o} over {@code optimizer}: the same rule, its settings and rates copied by {@code copy}. */
    TorchLrScheduler(TorchLrScheduler o, java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer) {
        super(o.name, optimizer, o.verbose);
        rule = o.rule;
        closedForm = o.closedForm;
        settings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : o.settings.entrySet()) settings.put(e.getKey(), copy.apply(e.getValue()));
        baseLrs = (PyList) copy.apply(o.baseLrs);
        lastLr = (PyList) copy.apply(o.lastLr);
        lastEpoch = o.lastEpoch;
        stepCount = o.stepCount;
    }

    @Override
    TorchLrScheduler copied(java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer) {
        return new TorchLrScheduler(this, copy, optimizer);
    }

    /** Gives the schedule PyTorch's closed form (its rates from the base rates at last_epoch), which step(epoch) uses. */
    TorchLrScheduler closedForm(java.util.function.Function<TorchLrScheduler, List<Object>> form) {
        closedForm = form;
        return this;
    }

    /** Each base rate times {@code factor}, in Python's arithmetic (the closed forms' base_lr * ...). */
    List<Object> fromBase(Object factor) {
        List<Object> out = new ArrayList<>();
        for (Object base : baseLrs) out.add(PyNumbers.mul(number(base, "lr"), factor));
        return out;
    }

    /** Whether the schedule starts afresh (last_epoch=-1, argument {@code lastEpochAt} by position): only then do some set up param_groups. */
    static boolean fresh(Args a, int lastEpochAt) {
        return Values.toLong(Values.plain(a.option(lastEpochAt, "last_epoch", -1L)), "last_epoch") == -1;
    }

    static PyModule module() {
        PyModule m = new PyModule("torch.optim.lr_scheduler");
        m.add(Builtin.of("StepLR", a -> {
            a.expect(1, 5, "optimizer", "step_size", "gamma", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "step_size", a.option(1, "step_size", null), "gamma", a.option(2, "gamma", 0.1));
            // step_size is used as given, in Python's arithmetic (PyTorch 1.13 neither checks nor converts it: a float works, 0 divides by zero)
            Object stepSize = Values.plain(s.get("step_size"));
            return new TorchLrScheduler("StepLR", a, 3, s, (sch, in) -> sch.lastEpoch == 0 || !Operators.equal(Operators.binary(TokenType.PERCENT, sch.lastEpoch, stepSize), 0L)
                    ? sch.currentLrs() : sch.scaled(number(sch.settings.get("gamma"), "gamma")))
                    .closedForm(sch -> sch.fromBase(Operators.binary(TokenType.STAR_STAR, number(sch.settings.get("gamma"), "gamma"),
                            Operators.binary(TokenType.SLASH_SLASH, sch.lastEpoch, stepSize))));
        }));
        m.add(Builtin.of("MultiStepLR", a -> {
            a.expect(1, 5, "optimizer", "milestones", "gamma", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "milestones", a.option(1, "milestones", null), "gamma", a.option(2, "gamma", 0.1));
            // PyTorch's Counter(milestones): the epochs as given (2.0 is epoch 2), a milestone given twice decays twice
            List<Object> given = new ArrayList<>();
            for (Object o : Values.items(s.get("milestones"))) given.add(Values.plain(o));
            s.put("milestones", CollectionsModule.counter(given));
            return new TorchLrScheduler("MultiStepLR", a, 3, s, (sch, in) -> {
                PyDict milestones = (PyDict) sch.settings.get("milestones");
                if (!milestones.containsKey(sch.lastEpoch)) return sch.currentLrs();
                return sch.scaled(PyNumbers.pow(number(sch.settings.get("gamma"), "gamma"), milestones.get(sch.lastEpoch)));
            }).closedForm(sch -> { // bisect_right over the sorted milestones: how many are <= last_epoch, counted with repeats
                Object times = 0L;
                for (PyDict.Entry e : ((PyDict) sch.settings.get("milestones")).entries())
                    if (Values.truthy(Operators.compare(TokenType.LESS_EQUAL, e.key(), sch.lastEpoch))) times = PyNumbers.add(times, e.value());
                return sch.fromBase(PyNumbers.pow(number(sch.settings.get("gamma"), "gamma"), times));
            });
        }));
        m.add(Builtin.of("ExponentialLR", a -> {
            a.expect(1, 4, "optimizer", "gamma", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "gamma", a.option(1, "gamma", null));
            return new TorchLrScheduler("ExponentialLR", a, 2, s, (sch, in) -> sch.lastEpoch == 0 ? sch.currentLrs() : sch.scaled(number(sch.settings.get("gamma"), "gamma")))
                    .closedForm(sch -> sch.fromBase(PyNumbers.pow(number(sch.settings.get("gamma"), "gamma"), sch.lastEpoch)));
        }));
        m.add(Builtin.of("CosineAnnealingLR", a -> {
            a.expect(1, 5, "optimizer", "T_max", "eta_min", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "T_max", a.option(1, "T_max", null), "eta_min", a.option(2, "eta_min", 0L));
            return new TorchLrScheduler("CosineAnnealingLR", a, 3, s, (sch, in) -> sch.cosine(number(sch.settings.get("T_max"), "T_max"), number(sch.settings.get("eta_min"), "eta_min")))
                    .closedForm(sch -> {
                        double etaMin = PyNumbers.approx(number(sch.settings.get("eta_min"), "eta_min")), tMax = PyNumbers.approx(number(sch.settings.get("T_max"), "T_max"));
                        List<Object> out = new ArrayList<>();
                        for (Object base : sch.baseLrs) out.add(etaMin + (PyNumbers.approx(number(base, "lr")) - etaMin) * (1 + Math.cos(Math.PI * sch.lastEpoch / tMax)) / 2);
                        return out;
                    });
        }));
        m.add(Builtin.of("LambdaLR", a -> lambda("LambdaLR", a)));
        m.add(Builtin.of("MultiplicativeLR", a -> lambda("MultiplicativeLR", a)));
        m.add(Builtin.of("ConstantLR", a -> {
            a.expect(1, 5, "optimizer", "factor", "total_iters", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "factor", a.option(1, "factor", 1.0 / 3), "total_iters", a.option(2, "total_iters", 5L));
            Object factor = number(s.get("factor"), "factor");
            if (PyNumbers.approx(factor) > 1.0 || PyNumbers.approx(factor) < 0) throw PyError.value("Constant multiplicative factor expected to be between 0 and 1.");
            return new TorchLrScheduler("ConstantLR", a, 3, s, (sch, in) -> {
                Object total = number(sch.settings.get("total_iters"), "total_iters");
                if (sch.lastEpoch == 0) return sch.scaled(number(sch.settings.get("factor"), "factor"));
                if (!PyNumbers.equal(sch.lastEpoch, total)) return sch.currentLrs();
                return sch.scaled(PyNumbers.trueDiv(1.0, number(sch.settings.get("factor"), "factor")));
            }).closedForm(sch -> {
                double f = PyNumbers.approx(number(sch.settings.get("factor"), "factor"));
                boolean done = PyNumbers.compare(sch.lastEpoch, number(sch.settings.get("total_iters"), "total_iters")) >= 0;
                return sch.fromBase(f + (done ? 1 - f : 0.0));
            });
        }));
        m.add(Builtin.of("LinearLR", a -> {
            a.expect(1, 6, "optimizer", "start_factor", "end_factor", "total_iters", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "start_factor", a.option(1, "start_factor", 1.0 / 3), "end_factor", a.option(2, "end_factor", 1.0),
                    "total_iters", a.option(3, "total_iters", 5L));
            double start = PyNumbers.approx(number(s.get("start_factor"), "start_factor")), end = PyNumbers.approx(number(s.get("end_factor"), "end_factor"));
            if (start > 1.0 || start < 0) throw PyError.value("Starting multiplicative factor expected to be between 0 and 1.");
            if (end > 1.0 || end < 0) throw PyError.value("Ending multiplicative factor expected to be between 0 and 1.");
            return new TorchLrScheduler("LinearLR", a, 4, s, (sch, in) -> {
                Object startFactor = number(sch.settings.get("start_factor"), "start_factor");
                double total = PyNumbers.approx(number(sch.settings.get("total_iters"), "total_iters"));
                double from = PyNumbers.approx(startFactor), to = PyNumbers.approx(number(sch.settings.get("end_factor"), "end_factor"));
                if (sch.lastEpoch == 0) return sch.scaled(startFactor);
                if (sch.lastEpoch > total) return sch.currentLrs();
                return sch.scaled(1. + PyNumbers.approx(PyNumbers.trueDiv(to - from, total * from + (sch.lastEpoch - 1) * (to - from))));
            }).closedForm(sch -> {
                double from = PyNumbers.approx(number(sch.settings.get("start_factor"), "start_factor")), to = PyNumbers.approx(number(sch.settings.get("end_factor"), "end_factor"));
                double total = PyNumbers.approx(number(sch.settings.get("total_iters"), "total_iters"));
                return sch.fromBase(from + (to - from) * Math.min(total, sch.lastEpoch) / total);
            });
        }));
        m.add(Builtin.of("PolynomialLR", a -> {
            a.expect(1, 5, "optimizer", "total_iters", "power", "last_epoch", "verbose");
            Map<String, Object> s = settings(a, "total_iters", a.option(1, "total_iters", 5L), "power", a.option(2, "power", 1.0));
            return new TorchLrScheduler("PolynomialLR", a, 3, s, (sch, in) -> {
                double total = PyNumbers.approx(number(sch.settings.get("total_iters"), "total_iters"));
                if (sch.lastEpoch == 0 || sch.lastEpoch > total) return sch.currentLrs();
                double ratio = (1.0 - sch.lastEpoch / total) / (1.0 - (sch.lastEpoch - 1) / total);
                return sch.scaled(PyNumbers.pow(ratio, number(sch.settings.get("power"), "power")));
            }).closedForm(sch -> {
                double total = PyNumbers.approx(number(sch.settings.get("total_iters"), "total_iters"));
                return sch.fromBase(PyNumbers.pow(1.0 - Math.min(total, sch.lastEpoch) / total, number(sch.settings.get("power"), "power")));
            });
        }));
        CyclicSchedules.addTo(m);
        CombinedSchedules.addTo(m);
        m.add("_LRScheduler", LrSchedulerBase.CLASS);
        m.add(Builtin.of("ReduceLROnPlateau", ReduceLrOnPlateau::of));
        return m;
    }

    /**
     * LambdaLR: base_lr * lr_lambda(epoch); MultiplicativeLR: the current rate * lr_lambda(epoch)
     * from epoch 1. One function for every group, or a list of one per group.
     */
    private static TorchLrScheduler lambda(String name, Args a) {
        a.expect(1, 4, "optimizer", "lr_lambda", "last_epoch", "verbose");
        Object given = a.option(1, "lr_lambda", null);
        int groups = optimizerOf(a).groups().size();
        List<Object> fns = new ArrayList<>();
        if (given instanceof List<?> l) {
            if (l.size() != groups) throw PyError.value("Expected " + groups + " lr_lambdas, but got " + l.size());
            fns.addAll(l);
        } else {
            for (int i = 0; i < groups; i++) fns.add(given);
        }
        boolean multiplicative = name.equals("MultiplicativeLR");
        return new TorchLrScheduler(name, a, 2, settings(a, "lr_lambdas", new PyList(fns)), (sch, in) -> {
            if (multiplicative && sch.lastEpoch <= 0) return sch.currentLrs();
            List<Object> out = new ArrayList<>();
            List<Object> from = multiplicative ? sch.currentLrs() : sch.baseLrs;
            for (int i = 0; i < Math.min(from.size(), fns.size()); i++) { // zip(lr_lambdas, ...)
                Object factor = Values.plain(in.call(fns.get(i), Arrays.asList(sch.lastEpoch)));
                out.add(PyNumbers.mul(number(from.get(i), "lr"), number(factor, "lr_lambda's result")));
            }
            return out;
        });
    }

    /** CosineAnnealingLR's chainable form, term for term as PyTorch 1.13 writes it (so the rounding is the same). */
    private List<Object> cosine(Object tMaxGiven, Object etaMinGiven) {
        List<Object> current = currentLrs(), out = new ArrayList<>();
        double tMax = PyNumbers.approx(tMaxGiven), etaMin = PyNumbers.approx(etaMinGiven);
        // the start of a rising half-period: (last_epoch - 1 - T_max) % (2 * T_max) == 0, in Python's arithmetic
        boolean rising = PyNumbers.equal(PyNumbers.mod(PyNumbers.sub(lastEpoch - 1, tMaxGiven), PyNumbers.mul(2L, tMaxGiven)), 0L);
        boolean fromBase = lastEpoch != 0 && (stepCount == 1 && lastEpoch > 0 || rising); // those forms zip(base_lrs, param_groups)
        for (int i = 0; i < (fromBase ? Math.min(current.size(), baseLrs.size()) : current.size()); i++) {
            double lr = PyNumbers.approx(number(current.get(i), "lr")), base = fromBase ? PyNumbers.approx(number(baseLrs.get(i), "lr")) : 0;
            if (lastEpoch == 0) out.add(current.get(i));
            else if (stepCount == 1 && lastEpoch > 0) // the first step of a resumed schedule: 1.13's closed form from the base rate
                out.add(etaMin + (base - etaMin) * (1 + Math.cos(lastEpoch * Math.PI / tMax)) / 2);
            else if (rising)
                out.add(lr + (base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2);
            else out.add((1 + Math.cos(Math.PI * lastEpoch / tMax)) / (1 + Math.cos(Math.PI * (lastEpoch - 1) / tMax)) * (lr - etaMin) + etaMin);
        }
        return out;
    }

    /** PyTorch's _LRScheduler.step(): the next epoch's rates written into param_groups ({@code epoch}: step(epoch)'s argument, or null). */
    final void step(Interpreter in, Object epoch) {
        UndoLog.touch(this);
        Object printedEpoch = advance(in, epoch);
        List<Object> lrs = epoch != null && closedForm != null ? closedForm.apply(this) : rule.next(this, in);
        List<PyDict> groups = optimizer.groups();
        for (int i = 0; i < Math.min(groups.size(), lrs.size()); i++) { // zip: a group added after the schedule may have no rate of its own
            groups.get(i).put("lr", lrs.get(i));
            printLr(in, verbose, i, lrs.get(i), printedEpoch);
        }
        lastLr = currentLrs();
    }

    /**
     * The counters' move to the next epoch: PyTorch's step() before get_lr (a schedule with its own
     * step() overrides it). Returns the epoch print_lr names (step(epoch)'s, else null).
     */
    Object advance(Interpreter in, Object epoch) {
        warnIfBeforeOptimizerStep(in, stepCount, optimizer);
        stepCount++;
        if (epoch == null) lastEpoch++;
        else { // PyTorch's deprecated step(epoch): the epoch given, the closed form where the schedule has one
            warn(in, LrSchedulerBase.EPOCH_DEPRECATION_WARNING);
            lastEpoch = Values.toLong(Values.plain(epoch), "epoch");
        }
        return epoch;
    }

    /** PyTorch's _initial_step: the optimizer's and the schedule's step counts back to 0, then a step (SequentialLR restarts its first schedule so). */
    void initialStep(Interpreter in) {
        UndoLog.touch(this);
        optimizer.resetStepCount();
        stepCount = 0;
        step(in, null);
    }

    List<Object> scaled(Object factor) {
        List<Object> out = new ArrayList<>();
        for (Object lr : currentLrs()) out.add(PyNumbers.mul(number(lr, "lr"), factor));
        return out;
    }

    static ScheduledOptimizer optimizerOf(Args a) {
        return ScheduledOptimizer.of(a.option(0, "optimizer", null));
    }

    /**
     * PyTorch's _LRScheduler.__init__ on the groups: a fresh schedule ({@code resumeAt} -1) records
     * each group's initial_lr; resuming needs the initial_lr a schedule left there, else PyTorch's
     * KeyError. The base rates: each group's initial_lr.
     */
    static PyList initialLrs(ScheduledOptimizer optimizer, long resumeAt) {
        List<Object> bases = new ArrayList<>();
        List<PyDict> groups = optimizer.groups();
        for (int i = 0; i < groups.size(); i++) {
            PyDict g = groups.get(i);
            if (resumeAt != -1 && !g.containsKey("initial_lr"))
                throw PyError.key("param 'initial_lr' is not specified in param_groups[" + i + "] when resuming an optimizer");
            if (!g.containsKey("initial_lr")) g.put("initial_lr", g.get("lr"));
            bases.add(g.get("initial_lr"));
        }
        return new PyList(bases);
    }

    /** The warning of a schedule stepped before its optimizer: at the schedule's second step (the first is at construction) with no optimizer step yet. */
    static void warnIfBeforeOptimizerStep(Interpreter in, long stepCount, ScheduledOptimizer optimizer) {
        if (stepCount == 1 && optimizer.stepCount() < 1) warn(in, STEP_ORDER_WARNING);
    }

    /** A UserWarning of torch.optim.lr_scheduler, through the warnings filters as PyTorch's warnings.warn. */
    static void warn(Interpreter in, String message) {
        in.warn("UserWarning", message, "torch.optim.lr_scheduler");
    }

    /** A number as Python sees it (a tracked number's value); anything else is PyTorch's TypeError in the arithmetic. */
    static Object number(Object v, String what) {
        Object p = Values.plain(v);
        if (p instanceof Boolean || !PyNumbers.isNumber(p)) throw PyError.type(what + " must be a number, not " + Values.typeName(v));
        return p;
    }

    static Map<String, Object> settings(Args a, Object... namesAndValues) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) throw PyError.type(a.function() + ".__init__() missing 1 required positional argument: '" + namesAndValues[i] + "'");
            s.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return s;
    }

    /** What every schedule has; its own arguments ({@link #settings}) follow. */
    private static final AttributeTable<TorchLrScheduler> ATTRIBUTES = new AttributeTable<TorchLrScheduler>()
            .value("base_lrs", s -> s.baseLrs)
            .value("get_last_lr", BuiltinLrScheduler::getLastLr)
            .method("get_lr", (s, a) -> { // outside step(): PyTorch's warning, then the chainable form's next rates (nothing stepped)
                a.expect(0, 0).interpreter().warnInLibrary("UserWarning", "To get the last learning rate computed by the scheduler, please use `get_last_lr()`.",
                        "torch.optim.lr_scheduler", GET_LR_WARNING_LINES.getOrDefault(s.typeName(), 0));
                return new PyList(s.rule.next(s, a.interpreter()));
            })
            .value("last_epoch", s -> s.lastEpoch)
            .method("load_state_dict", (s, a) -> {
                s.load(a.expect(1, 1, "state_dict").option(0, "state_dict", null));
                return null;
            })
            .value("optimizer", s -> s.optimizer.value())
            .method("state_dict", (s, a) -> s.stateDict(a.expect(0, 0)))
            .method("step", (s, a) -> {
                s.step(a.interpreter(), a.expect(0, 1, "epoch").option(0, "epoch", null));
                return null;
            })
            .value("verbose", s -> s.verbose);

    @Override
    public AttributeTable<TorchLrScheduler> attributeTable() {
        return ATTRIBUTES;
    }

    /** The table's names, else the schedule's own arguments (step_size, gamma, ...). */
    @Override
    public Object attribute(String attribute) {
        return ATTRIBUTES.names().contains(attribute) ? TabledHostObject.super.attribute(attribute) : settings.get(attribute);
    }

    @Override
    public Collection<String> attributeNames() {
        List<String> names = new ArrayList<>(ATTRIBUTES.names());
        names.addAll(settings.keySet());
        return names;
    }

    @Override
    public boolean setAttribute(String attribute, Object value) {
        if (!attribute.equals("last_epoch")) return false;
        UndoLog.touch(this);
        lastEpoch = Values.toLong(Values.plain(value), "last_epoch");
        return true;
    }

    /**
     * PyTorch's state_dict(): the schedule's settings and counters by PyTorch's names (its
     * __dict__ without the optimizer); a LambdaLR's functions show as None, as PyTorch keeps
     * only callable objects' state.
     */
    private PyDict stateDict(Args a) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : settings.entrySet()) if (!e.getKey().equals("lr_lambdas")) d.put(e.getKey(), e.getValue());
        d.put("base_lrs", new PyList(baseLrs));
        d.put("last_epoch", lastEpoch);
        d.put("verbose", verbose);
        d.put("_step_count", (long) stepCount);
        d.put("_get_lr_called_within_step", false);
        d.put("_last_lr", new PyList(lastLr));
        if (settings.containsKey("lr_lambdas")) {
            PyList none = new PyList();
            for (Object f : Values.items(settings.get("lr_lambdas"))) none.add(null);
            d.put("lr_lambdas", none);
        }
        return d;
    }

    /** load_state_dict: the counters and rates of a state_dict() (the schedule's rule stays this scheduler's). */
    private void load(Object saved) {
        if (!(saved instanceof PyDict d) || !d.containsKey("last_epoch"))
            throw PyError.type("load_state_dict() expects a scheduler's state_dict(), not " + Values.typeName(saved));
        UndoLog.touch(this);
        lastEpoch = Values.toLong(Values.plain(d.get("last_epoch")), "last_epoch");
        if (d.get("_step_count") != null) stepCount = Math.toIntExact(Values.toLong(Values.plain(d.get("_step_count")), "_step_count"));
        if (d.get("_last_lr") != null) lastLr = new PyList(Values.items(d.get("_last_lr")));
        if (d.get("base_lrs") != null) {
            baseLrs.clear();
            baseLrs.addAll(Values.items(d.get("base_lrs")));
        }
        for (String k : settings.keySet()) if (d.containsKey(k) && !k.equals("lr_lambdas")) settings.put(k, d.get(k));
    }

    @Override
    public Runnable snapshot() {
        long epoch = lastEpoch;
        int count = stepCount;
        PyList last = lastLr;
        List<Object> bases = List.copyOf(baseLrs);
        Map<String, Object> given = new LinkedHashMap<>(settings);
        return () -> {
            lastEpoch = epoch;
            stepCount = count;
            lastLr = last;
            baseLrs.clear();
            baseLrs.addAll(bases);
            settings.putAll(given);
        };
    }
}
