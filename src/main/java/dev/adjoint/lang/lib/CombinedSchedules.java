package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.undo.UndoLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The schedules made of others, as PyTorch 1.13's: {@code SequentialLR} (one schedule after
 * another at the milestones, each restarted there with step(0), its closed form) and
 * {@code ChainedScheduler} (every schedule stepped at each step). The parts are built-in schedules
 * or _LRScheduler subclasses; each is stepped as a Python call of its step().
 */
final class CombinedSchedules extends BuiltinLrScheduler implements TabledHostObject {
    private final List<Object> schedulers;
    private final List<Long> milestones; // SequentialLR's; null for ChainedScheduler
    private long lastEpoch;

    private CombinedSchedules(String name, ScheduledOptimizer optimizer, List<Object> schedulers, List<Long> milestones) {
        super(name, optimizer, false); // PyTorch 1.13's take verbose and ignore it
        this.schedulers = schedulers;
        this.milestones = milestones;
    }

    /** The schedulers it combines copied with the same memo (their optimizer is the copy's). */
    @Override
    CombinedSchedules copied(java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer) {
        List<Object> parts = new ArrayList<>();
        for (Object s : schedulers) parts.add(copy.apply(s));
        CombinedSchedules c = new CombinedSchedules(name, optimizer, parts, milestones == null ? null : new ArrayList<>(milestones));
        c.lastEpoch = lastEpoch;
        c.lastLr = (PyList) copy.apply(lastLr);
        return c;
    }

    static void addTo(PyModule m) {
        m.add(Builtin.of("SequentialLR", CombinedSchedules::sequential));
        m.add(Builtin.of("ChainedScheduler", a -> {
            List<Object> schedulers = new ArrayList<>(Values.items(a.expect(1, 1, "schedulers").require("schedulers").option(0, "schedulers", null)));
            if (schedulers.isEmpty()) throw PyError.index("list index out of range");
            ScheduledOptimizer optimizer = optimizerOf(schedulers.get(0));
            for (int i = 1; i < schedulers.size(); i++)
                if (optimizerOf(schedulers.get(i)).value() != optimizer.value())
                    throw PyError.value("ChainedScheduler expects all schedulers to belong to the same optimizer, but got schedulers at index 0 and " + i + " to be different");
            CombinedSchedules c = new CombinedSchedules("ChainedScheduler", optimizer, schedulers, null);
            c.lastLr = c.currentLrs();
            return c;
        }));
    }

    private static CombinedSchedules sequential(Args a) {
        a.expect(1, 5, "optimizer", "schedulers", "milestones", "last_epoch", "verbose").require("optimizer", "schedulers", "milestones");
        ScheduledOptimizer optimizer = TorchLrScheduler.optimizerOf(a);
        List<Object> schedulers = new ArrayList<>(Values.items(a.option(1, "schedulers", null)));
        List<Long> milestones = new ArrayList<>();
        for (Object o : Values.items(a.option(2, "milestones", null))) milestones.add(Values.toLong(Values.plain(o), "milestones"));
        for (int i = 0; i < schedulers.size(); i++) {
            if (optimizerOf(schedulers.get(i)).value() != optimizer.value())
                throw PyError.value("Sequential Schedulers expects all schedulers to belong to the same optimizer, but got schedulers at index " + i
                        + " to be different than the optimizer passed in.");
        }
        if (milestones.size() != schedulers.size() - 1)
            throw PyError.value("Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points, but got number of schedulers "
                    + schedulers.size() + " and the number of milestones to be equal to " + milestones.size());
        CombinedSchedules c = new CombinedSchedules("SequentialLR", optimizer, schedulers, milestones);
        c.lastEpoch = Values.toLong(Values.plain(a.option(3, "last_epoch", -1L)), "last_epoch") + 1;
        Interpreter in = a.interpreter();
        for (PyDict g : optimizer.groups()) g.put("lr", g.get("initial_lr")); // the rates back to where the schedules started
        for (Object s : schedulers) setLastEpoch(in, s, lastEpochOf(in, s) - 1); // undo each one's first step
        Object first = schedulers.get(0);
        if (first instanceof TorchLrScheduler t) t.initialStep(in);
        else { // an _LRScheduler subclass: _initial_step as PyTorch's
            optimizer.resetStepCount();
            ((PyInstance) first).setOwn("_step_count", 0L);
            call(in, first, "step");
        }
        c.lastLr = new PyList(Values.items(call(in, first, "get_last_lr")));
        return c;
    }

    private static ScheduledOptimizer optimizerOf(Object scheduler) {
        if (scheduler instanceof TorchLrScheduler t) return t.optimizer();
        if (scheduler instanceof PyInstance p && p.attributes().containsKey("optimizer")) return ScheduledOptimizer.of(p.own("optimizer"));
        throw PyError.attribute("'" + Values.typeName(scheduler) + "' object has no attribute 'optimizer'");
    }

    private static long lastEpochOf(Interpreter in, Object scheduler) {
        Object v = scheduler instanceof TorchLrScheduler t ? t.attribute("last_epoch") : ((PyInstance) scheduler).own("last_epoch");
        return Values.toLong(Values.plain(v), "last_epoch");
    }

    private static void setLastEpoch(Interpreter in, Object scheduler, long epoch) {
        if (scheduler instanceof TorchLrScheduler t) t.setAttribute("last_epoch", epoch);
        else ((PyInstance) scheduler).setOwn("last_epoch", epoch);
    }

    /** scheduler.method(*args), as Python calls it. */
    private static Object call(Interpreter in, Object scheduler, String method, Object... args) {
        if (scheduler instanceof HostObject h) return in.call(h.attribute(method), new ArrayList<>(Arrays.asList(args)));
        PyInstance p = (PyInstance) scheduler;
        List<Object> all = new ArrayList<>();
        all.add(p);
        all.addAll(Arrays.asList(args));
        return in.call(p.pyClass().lookup(method), all);
    }

    /** SequentialLR: the schedule whose span holds the next epoch, restarted with step(0) at its milestone; ChainedScheduler: every schedule. */
    private void step(Interpreter in) {
        UndoLog.touch(this);
        if (milestones == null) {
            for (Object s : schedulers) call(in, s, "step");
            lastLr = currentLrs();
            return;
        }
        lastEpoch++;
        int idx = 0;
        while (idx < milestones.size() && milestones.get(idx) <= lastEpoch) idx++; // bisect_right
        Object scheduler = schedulers.get(idx);
        if (idx > 0 && milestones.get(idx - 1) == lastEpoch) call(in, scheduler, "step", 0L);
        else call(in, scheduler, "step");
        lastLr = new PyList(Values.items(call(in, scheduler, "get_last_lr")));
    }

    /** ChainedScheduler's attributes; SequentialLR's add its step count and milestones. */
    private static final AttributeTable<CombinedSchedules> CHAINED = common(), SEQUENTIAL = common()
            .value("last_epoch", c -> c.lastEpoch)
            .value("_milestones", c -> new PyList(new ArrayList<>(c.milestones)));

    private static AttributeTable<CombinedSchedules> common() {
        return new AttributeTable<CombinedSchedules>()
                .value("_schedulers", c -> new PyList(c.schedulers))
                .value("get_last_lr", BuiltinLrScheduler::getLastLr)
                .method("get_lr", (c, a) -> { // neither defines it: _LRScheduler's
                    throw new PyError("NotImplementedError", "");
                })
                .method("load_state_dict", (c, a) -> {
                    c.load(a.interpreter(), a.expect(1, 1, "state_dict").option(0, "state_dict", null));
                    return null;
                })
                .value("optimizer", c -> c.optimizer.value())
                .method("state_dict", (c, a) -> c.stateDict(a.expect(0, 0).interpreter()))
                .method("step", (c, a) -> {
                    c.step(a.expect(0, 0).interpreter());
                    return null;
                });
    }

    @Override
    public AttributeTable<CombinedSchedules> attributeTable() {
        return milestones == null ? CHAINED : SEQUENTIAL;
    }

    /** PyTorch's state_dict(): its own counters (__dict__ but the optimizer) and each schedule's state_dict() in _schedulers. */
    private PyDict stateDict(Interpreter in) {
        PyDict d = new PyDict();
        if (milestones != null) {
            d.put("_milestones", new PyList(new ArrayList<>(milestones)));
            d.put("last_epoch", lastEpoch);
        }
        d.put("_last_lr", new PyList(lastLr));
        PyList parts = new PyList();
        for (Object s : schedulers) parts.add(call(in, s, "state_dict"));
        d.put("_schedulers", parts);
        return d;
    }

    /** load_state_dict: the counters of a state_dict(), then each schedule's own from _schedulers. */
    private void load(Interpreter in, Object saved) {
        if (!(saved instanceof PyDict d)) throw PyError.type("load_state_dict() expects a scheduler's state_dict(), not " + Values.typeName(saved));
        if (!d.containsKey("_schedulers")) throw PyError.key("_schedulers");
        UndoLog.touch(this);
        if (milestones != null && d.containsKey("_milestones")) {
            milestones.clear();
            for (Object o : Values.items(d.get("_milestones"))) milestones.add(Values.toLong(Values.plain(o), "milestones"));
        }
        if (milestones != null && d.containsKey("last_epoch")) lastEpoch = Values.toLong(Values.plain(d.get("last_epoch")), "last_epoch");
        if (d.containsKey("_last_lr")) lastLr = new PyList(Values.items(d.get("_last_lr")));
        List<Object> parts = Values.items(d.get("_schedulers"));
        for (int i = 0; i < parts.size(); i++) {
            if (i >= schedulers.size()) throw PyError.index("list index out of range");
            call(in, schedulers.get(i), "load_state_dict", parts.get(i));
        }
    }

    @Override
    public Runnable snapshot() {
        long epoch = lastEpoch;
        PyList last = lastLr;
        List<Long> marks = milestones == null ? null : new ArrayList<>(milestones);
        return () -> {
            lastEpoch = epoch;
            lastLr = last;
            if (marks != null) {
                milestones.clear();
                milestones.addAll(marks);
            }
        };
    }
}
