package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The schedules that cycle within a run, as PyTorch 1.13 computes them: {@code OneCycleLR} (and
 * its momentum, or Adam's beta1), {@code CyclicLR} and {@code CosineAnnealingWarmRestarts}
 * (whose step(epoch) takes a fractional epoch, the documented way to step it within an epoch).
 */
final class CyclicSchedules {
    private CyclicSchedules() {}

    static void addTo(PyModule m) {
        m.add(Builtin.of("OneCycleLR", CyclicSchedules::oneCycle));
        m.add(Builtin.of("CyclicLR", CyclicSchedules::cyclic));
        m.add(Builtin.of("CosineAnnealingWarmRestarts", a -> {
            a.expect(1, 6, "optimizer", "T_0", "T_mult", "eta_min", "last_epoch", "verbose").require("optimizer", "T_0");
            return new WarmRestarts(a);
        }));
    }

    /** One value per parameter group: a list or tuple of as many, or one value for all (PyTorch's _format_param). */
    private static List<Object> perGroup(String name, int groups, Object given) {
        if (given instanceof List<?> l) {
            if (l.size() != groups) throw PyError.value("expected " + groups + " values for " + name + ", got " + l.size());
            return new ArrayList<>(l);
        }
        return new ArrayList<>(java.util.Collections.nCopies(groups, given));
    }

    private static double num(Object v, String what) {
        return PyNumbers.approx(TorchLrScheduler.number(v, what));
    }

    /** An int argument as PyTorch checks it: a positive Python int (a bool is an int there too). */
    private static boolean positiveInt(Object v) {
        Object p = Values.plain(v);
        return (PyNumbers.isInt(p) || p instanceof Boolean) && PyNumbers.approx(p instanceof Boolean b ? (b ? 1L : 0L) : p) > 0;
    }

    /**
     * OneCycleLR: from max_lr/div_factor up to max_lr over pct_start of the steps, then down to
     * initial_lr/final_div_factor (three_phase: back to initial_lr first), cosine or linear; the
     * momentum (beta1 for Adam's family) cycles the other way. The groups keep initial_lr,
     * max_lr, min_lr, max_momentum and base_momentum, as PyTorch's do.
     */
    private static TorchLrScheduler oneCycle(Args a) {
        a.expect(1, 15, "optimizer", "max_lr", "total_steps", "epochs", "steps_per_epoch", "pct_start", "anneal_strategy", "cycle_momentum",
                "base_momentum", "max_momentum", "div_factor", "final_div_factor", "three_phase", "last_epoch", "verbose").require("optimizer", "max_lr");
        ScheduledOptimizer optimizer = TorchLrScheduler.optimizerOf(a);
        Object totalGiven = a.option(2, "total_steps", null), epochs = a.option(3, "epochs", null), perEpoch = a.option(4, "steps_per_epoch", null);
        long total;
        if (totalGiven == null && epochs == null && perEpoch == null)
            throw PyError.value("You must define either total_steps OR (epochs AND steps_per_epoch)");
        else if (totalGiven != null) {
            if (!positiveInt(totalGiven)) throw PyError.value("Expected positive integer total_steps, but got " + Values.str(totalGiven));
            total = Values.toLong(Values.plain(totalGiven), "total_steps");
        } else {
            if (epochs == null || !positiveInt(epochs)) throw PyError.value("Expected positive integer epochs, but got " + Values.str(epochs));
            if (perEpoch == null || !positiveInt(perEpoch)) throw PyError.value("Expected positive integer steps_per_epoch, but got " + Values.str(perEpoch));
            total = Values.toLong(Values.plain(epochs), "epochs") * Values.toLong(Values.plain(perEpoch), "steps_per_epoch");
        }
        Object pctGiven = Values.plain(a.option(5, "pct_start", 0.3));
        boolean threePhase = a.bool(12, "three_phase", false);
        if (!(pctGiven instanceof Double pct) || pct < 0 || pct > 1)
            throw PyError.value("Expected float between 0 and 1 pct_start, but got " + Values.str(pctGiven));
        // the phases' last steps and what they anneal between (group keys), as PyTorch's _schedule_phases
        double[] ends = threePhase ? new double[] {pct * total - 1, 2 * pct * total - 2, total - 1} : new double[] {pct * total - 1, total - 1};
        String[][] lrs = threePhase ? new String[][] {{"initial_lr", "max_lr"}, {"max_lr", "initial_lr"}, {"initial_lr", "min_lr"}}
                : new String[][] {{"initial_lr", "max_lr"}, {"max_lr", "min_lr"}};
        String[][] momenta = threePhase ? new String[][] {{"max_momentum", "base_momentum"}, {"base_momentum", "max_momentum"}, {"max_momentum", "max_momentum"}}
                : new String[][] {{"max_momentum", "base_momentum"}, {"base_momentum", "max_momentum"}};
        Object strategy = a.option(6, "anneal_strategy", "cos");
        if (!"cos".equals(strategy) && !"linear".equals(strategy))
            throw PyError.value("anneal_strategy must by one of 'cos' or 'linear', instead got " + Values.str(strategy));
        boolean cosine = "cos".equals(strategy);
        List<PyDict> groups = optimizer.groups();
        boolean fresh = TorchLrScheduler.fresh(a, 13);
        List<Object> maxLrs = perGroup("max_lr", groups.size(), a.option(1, "max_lr", null));
        Object div = a.option(10, "div_factor", 25.0), finalDiv = a.option(11, "final_div_factor", 1e4);
        if (fresh) {
            for (int i = 0; i < groups.size(); i++) {
                PyDict g = groups.get(i);
                g.put("initial_lr", PyNumbers.trueDiv(TorchLrScheduler.number(maxLrs.get(i), "max_lr"), TorchLrScheduler.number(div, "div_factor")));
                g.put("max_lr", maxLrs.get(i));
                g.put("min_lr", PyNumbers.trueDiv(g.get("initial_lr"), TorchLrScheduler.number(finalDiv, "final_div_factor")));
            }
        }
        boolean cycleMomentum = a.bool(7, "cycle_momentum", true);
        boolean beta1 = optimizer.hasDefault("betas");
        if (cycleMomentum) {
            if (!optimizer.hasDefault("momentum") && !beta1) throw PyError.value("optimizer must support momentum with `cycle_momentum` option enabled");
            List<Object> maxMomenta = perGroup("max_momentum", groups.size(), a.option(9, "max_momentum", 0.95));
            List<Object> baseMomenta = perGroup("base_momentum", groups.size(), a.option(8, "base_momentum", 0.85));
            if (fresh) {
                for (int i = 0; i < groups.size(); i++) {
                    setMomentum(groups.get(i), beta1, maxMomenta.get(i));
                    groups.get(i).put("max_momentum", maxMomenta.get(i));
                    groups.get(i).put("base_momentum", baseMomenta.get(i));
                }
            }
        }
        Map<String, Object> settings = TorchLrScheduler.settings(a, "total_steps", total, "cycle_momentum", cycleMomentum);
        return new TorchLrScheduler("OneCycleLR", a, 13, settings, (sch, in) -> {
            long step = sch.lastEpoch;
            if (step > total) throw PyError.value("Tried to step " + (step + 1) + " times. The specified number of total steps is " + total);
            List<Object> out = new ArrayList<>();
            for (PyDict g : sch.optimizer().groups()) {
                double start = 0;
                for (int i = 0; i < ends.length; i++) {
                    if (step <= ends[i] || i == ends.length - 1) {
                        double fraction = (step - start) / (ends[i] - start);
                        out.add(anneal(cosine, num(g.get(lrs[i][0]), lrs[i][0]), num(g.get(lrs[i][1]), lrs[i][1]), fraction));
                        if (cycleMomentum)
                            setMomentum(g, beta1, anneal(cosine, num(g.get(momenta[i][0]), momenta[i][0]), num(g.get(momenta[i][1]), momenta[i][1]), fraction));
                        break;
                    }
                    start = ends[i];
                }
            }
            return out;
        });
    }

    /** PyTorch's _annealing_cos and _annealing_linear, term for term. */
    private static double anneal(boolean cosine, double start, double end, double pct) {
        if (!cosine) return (end - start) * pct + start;
        double cosOut = Math.cos(Math.PI * pct) + 1;
        return end + (start - end) / 2.0 * cosOut;
    }

    /** A group's momentum, or beta1 of its betas for Adam's family. */
    private static void setMomentum(PyDict g, boolean beta1, Object momentum) {
        if (!beta1) {
            g.put("momentum", momentum);
            return;
        }
        List<Object> betas = new ArrayList<>(Values.items(g.get("betas")));
        betas.set(0, momentum);
        g.put("betas", Values.tuple(betas));
    }

    /**
     * CyclicLR: triangle waves between base_lr and max_lr (step_size_up steps up,
     * step_size_down down), scaled per cycle (triangular2: halved each cycle; exp_range:
     * gamma**iteration; or scale_fn); momentum cycles the other way.
     */
    private static TorchLrScheduler cyclic(Args a) {
        a.expect(1, 14, "optimizer", "base_lr", "max_lr", "step_size_up", "step_size_down", "mode", "gamma", "scale_fn", "scale_mode", "cycle_momentum",
                "base_momentum", "max_momentum", "last_epoch", "verbose").require("optimizer", "base_lr", "max_lr");
        ScheduledOptimizer optimizer = TorchLrScheduler.optimizerOf(a);
        List<PyDict> groups = optimizer.groups();
        boolean fresh = TorchLrScheduler.fresh(a, 12);
        List<Object> baseLrs = perGroup("base_lr", groups.size(), a.option(1, "base_lr", null));
        if (fresh) for (int i = 0; i < groups.size(); i++) groups.get(i).put("lr", baseLrs.get(i));
        List<Object> maxLrs = perGroup("max_lr", groups.size(), a.option(2, "max_lr", null));
        double up = num(a.option(3, "step_size_up", 2000L), "step_size_up");
        Object downGiven = a.option(4, "step_size_down", null);
        double down = downGiven == null ? up : num(downGiven, "step_size_down");
        double totalSize = up + down;
        if (totalSize == 0) throw PyError.zeroDivision("float division by zero"); // step_ratio = step_size_up / total_size
        double stepRatio = up / totalSize;
        Object mode = a.option(5, "mode", "triangular"), scaleFn = a.option(7, "scale_fn", null);
        if (!Arrays.asList("triangular", "triangular2", "exp_range").contains(mode) && scaleFn == null)
            throw PyError.value("mode is invalid and scale_fn is None");
        Object gamma = a.option(6, "gamma", 1.0);
        Object scaleMode = scaleFn != null ? a.option(8, "scale_mode", "cycle") : "exp_range".equals(mode) ? "iterations" : "cycle";
        boolean cycleMomentum = a.bool(9, "cycle_momentum", true);
        List<Object> baseMomenta = new ArrayList<>(), maxMomenta = new ArrayList<>();
        if (cycleMomentum) {
            if (!optimizer.hasDefault("momentum")) throw PyError.value("optimizer must support momentum with `cycle_momentum` option enabled");
            List<Object> given = perGroup("base_momentum", groups.size(), a.option(10, "base_momentum", 0.8));
            if (fresh) for (int i = 0; i < groups.size(); i++) groups.get(i).put("momentum", given.get(i));
            for (PyDict g : groups) baseMomenta.add(g.get("momentum"));
            maxMomenta.addAll(perGroup("max_momentum", groups.size(), a.option(11, "max_momentum", 0.9)));
        }
        Map<String, Object> settings = TorchLrScheduler.settings(a, "max_lrs", new PyList(maxLrs), "total_size", totalSize, "step_ratio", stepRatio,
                "mode", mode, "gamma", gamma, "scale_mode", scaleMode, "cycle_momentum", cycleMomentum);
        if (cycleMomentum) {
            settings.put("base_momentums", new PyList(baseMomenta));
            settings.put("max_momentums", new PyList(maxMomenta));
        }
        TorchLrScheduler s = new TorchLrScheduler("CyclicLR", a, 12, settings, (sch, in) -> {
            double cycle = Math.floor(1 + sch.lastEpoch / totalSize);
            double x = 1. + sch.lastEpoch / totalSize - cycle;
            double scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
            double scale = scale(in, scaleFn, mode, gamma, "cycle".equals(scaleMode) ? (Object) (long) cycle : (Object) sch.lastEpoch);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < sch.baseLrs.size(); i++) {
                double base = num(sch.baseLrs.get(i), "base_lr");
                out.add(base + (num(maxLrs.get(i), "max_lr") - base) * scaleFactor * scale);
            }
            if (cycleMomentum) {
                List<PyDict> gs = sch.optimizer().groups();
                for (int i = 0; i < gs.size(); i++) {
                    double low = num(baseMomenta.get(i), "base_momentum"), high = num(maxMomenta.get(i), "max_momentum");
                    gs.get(i).put("momentum", high - (high - low) * scaleFactor * scale);
                }
            }
            return out;
        });
        s.baseLrs.clear(); // PyTorch's CyclicLR replaces base_lrs after its first step
        s.baseLrs.addAll(baseLrs);
        return s;
    }

    /** CyclicLR's scale_fn at x: the user's function, or the mode's (triangular 1, triangular2 1/2**(x-1), exp_range gamma**x). */
    private static double scale(Interpreter in, Object scaleFn, Object mode, Object gamma, Object x) {
        if (scaleFn != null) return num(in.call(scaleFn, new ArrayList<>(List.of(x))), "scale_fn's result");
        if ("triangular2".equals(mode)) return 1 / Math.pow(2., num(x, "x") - 1);
        if ("exp_range".equals(mode)) return num(PyNumbers.pow(TorchLrScheduler.number(gamma, "gamma"), x), "gamma");
        return 1.;
    }

    /**
     * CosineAnnealingWarmRestarts: cosine from the base rate to eta_min over T_i epochs, then a
     * restart with T_i ← T_i·T_mult. Its own step(epoch=None), as PyTorch's: T_cur and T_i are
     * kept as attributes (and in state_dict), and the step-order warning is not given.
     */
    private static final class WarmRestarts extends TorchLrScheduler {
        WarmRestarts(Args a) {
            super("CosineAnnealingWarmRestarts", a, 4, checked(a), (sch, in) -> {
                Map<String, Object> s = sch.settings;
                double etaMin = num(s.get("eta_min"), "eta_min"), tCur = num(s.get("T_cur"), "T_cur"), tI = num(s.get("T_i"), "T_i");
                List<Object> out = new ArrayList<>();
                for (Object base : sch.baseLrs) out.add(etaMin + (num(base, "lr") - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2);
                return out;
            });
        }

        private WarmRestarts(WarmRestarts o, java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer) {
            super(o, copy, optimizer);
        }

        @Override
        TorchLrScheduler copied(java.util.function.UnaryOperator<Object> copy, ScheduledOptimizer optimizer) {
            return new WarmRestarts(this, copy, optimizer);
        }

        private static Map<String, Object> checked(Args a) {
            Object t0 = Values.plain(a.option(1, "T_0", null)), tMult = Values.plain(a.option(2, "T_mult", 1L));
            if (!PyNumbers.isInt(t0) || PyNumbers.compare(t0, 0L) <= 0) throw PyError.value("Expected positive integer T_0, but got " + Values.str(t0));
            if (!PyNumbers.isInt(tMult) || PyNumbers.compare(tMult, 1L) < 0) throw PyError.value("Expected integer T_mult >= 1, but got " + Values.str(tMult));
            return TorchLrScheduler.settings(a, "T_0", t0, "T_i", t0, "T_mult", tMult, "eta_min", a.option(3, "eta_min", 0L), "T_cur",
                    a.option(4, "last_epoch", -1L));
        }

        /** PyTorch's CosineAnnealingWarmRestarts.step(epoch), in Python's arithmetic (an epoch may be a float). */
        @Override
        Object advance(Interpreter in, Object epochGiven) {
            Map<String, Object> s = settings;
            Object t0 = s.get("T_0"), tMult = s.get("T_mult");
            if (epochGiven != null && !PyNumbers.isNumber(Values.plain(epochGiven))) // PyTorch compares it first: epoch < 0
                throw PyError.type("'<' not supported between instances of '" + Values.typeName(epochGiven) + "' and 'int'");
            Object epoch = epochGiven == null ? null : TorchLrScheduler.number(epochGiven, "epoch");
            if (epoch == null && lastEpoch < 0) epoch = 0L;
            if (epoch == null) {
                epoch = lastEpoch + 1;
                Object tCur = PyNumbers.add(s.get("T_cur"), 1L);
                if (PyNumbers.compare(tCur, s.get("T_i")) >= 0) {
                    tCur = PyNumbers.sub(tCur, s.get("T_i"));
                    s.put("T_i", PyNumbers.mul(s.get("T_i"), tMult));
                }
                s.put("T_cur", tCur);
            } else if (PyNumbers.compare(epoch, 0L) < 0) {
                throw PyError.value("Expected non-negative epoch, but got " + Values.str(epoch));
            } else if (PyNumbers.compare(epoch, t0) >= 0) {
                if (PyNumbers.equal(tMult, 1L)) s.put("T_cur", PyNumbers.mod(epoch, t0));
                else {
                    double ratio = PyNumbers.approx(PyNumbers.trueDiv(epoch, t0)) * PyNumbers.approx(PyNumbers.sub(tMult, 1L)) + 1;
                    long n = (long) (Math.log(ratio) / Math.log(PyNumbers.approx(tMult)));
                    Object power = PyNumbers.pow(tMult, n);
                    s.put("T_cur", PyNumbers.sub(epoch, PyNumbers.trueDiv(PyNumbers.mul(t0, PyNumbers.sub(power, 1L)), PyNumbers.sub(tMult, 1L))));
                    s.put("T_i", PyNumbers.mul(t0, power));
                }
            } else {
                s.put("T_i", t0);
                s.put("T_cur", epoch);
            }
            lastEpoch = (long) Math.floor(PyNumbers.approx(epoch));
            return epoch; // its print_lr always names the epoch
        }
    }
}
