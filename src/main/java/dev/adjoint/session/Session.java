package dev.adjoint.session;

import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Builtins;
import dev.adjoint.lang.Completeness;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Parser;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Stmt;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import dev.adjoint.session.report.AnomalyReport;
import dev.adjoint.undo.UndoLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One user's session: the variable bindings (and through them the live graph), a random
 * generator, the grad setting. {@link #eval} runs an input; a failed input leaves the bindings as
 * they were. Sessions are independent of each other and never touch the terminal.
 */
public final class Session {
    private final Map<String, Object> bindings = new LinkedHashMap<>();
    /** The seed the generator started from (at creation or :reset): with it, :save makes random draws replayable. */
    private long replaySeed = freshSeed();
    private final NumpyRandom random = new NumpyRandom(replaySeed);
    private final Interpreter interpreter = new Interpreter(bindings, random);
    private boolean gradEnabled = true;
    private long maxElements = Limits.DEFAULT_MAX_ELEMENTS;
    private boolean anomalyDetection;
    private final Anomaly.Recorder anomalies = new Anomaly.Recorder();
    private Object runningProgram; // the statements of the input being evaluated, for anomaly reports
    private String runningSource;

    public Session() {}

    /**
     * This session's settings for the current thread, until closed: the element limit, and anomaly
     * detection when it is on. Statements run inside one; so must commands that compute.
     */
    public Limits.Scope guard() {
        Limits.Scope limits = Limits.maxElements(maxElements);
        if (!anomalyDetection) return limits;
        Anomaly.Scope anomaly = Anomaly.enable(anomalies);
        return () -> {
            anomaly.close();
            limits.close();
        };
    }

    /**
     * {@code :set anomaly on} (torch.autograd.detect_anomaly): nodes remember the statement that
     * created them, and the first NaN or infinity in a value or a gradient is reported as a warning
     * with its vi, op, inputs and that statement.
     */
    public void setAnomalyDetection(boolean on) {
        anomalyDetection = on;
        anomalies.take();
    }

    public boolean anomalyDetection() {
        return anomalyDetection;
    }

    /** The first fault anomaly detection found since the last call (e.g. during a :command), described; empty if none. */
    public Optional<String> takeAnomaly() {
        Anomaly.Fault f = anomalies.take();
        if (f == null) return Optional.empty();
        return Optional.of(AnomalyReport.describe(f, bindings, interpreter.lastAssigned(), runningProgram, runningSource));
    }

    /** {@code --max-elements}: the largest tensor (in elements) an evaluation may create; larger ones are refused before allocating. */
    public void setMaxElements(long n) {
        if (n < 1) throw new IllegalArgumentException("the element limit must be at least 1, got " + n);
        maxElements = Math.min(n, Limits.HARD_MAX_ELEMENTS);
    }

    public long maxElements() {
        return maxElements;
    }

    /**
     * Runs the statements of {@code source} (lines joined by '\n'). Throws a {@link LangError} whose
     * span is relative to {@code source} (lines 1-based); on any error but an interrupt the session
     * is put back as it was before: bindings, the tensors they hold (value, grad, requires_grad) and
     * the random generator. An input with an unclosed bracket throws what {@link #unfinished} says,
     * unless a syntax error stands before it.
     */
    @SuppressWarnings("try")
    public void eval(String source, Output out) {
        Checkpoint before = new Checkpoint();
        try (GradMode.Scope ignored = GradMode.set(gradEnabled); Limits.Scope limits = guard()) {
            List<Stmt> program = Parser.parse(source);
            runningProgram = program;
            runningSource = source;
            try {
                interpreter.run(program, out);
            } finally {
                takeAnomaly().ifPresent(out::warn); // before the error, if the input fails after the fault
                runningProgram = null;
                runningSource = null;
            }
        } catch (Interrupted e) {
            throw e;
        } catch (LangError e) {
            before.rollback();
            throw e;
        } catch (StackOverflowError e) {
            before.rollback();
            throw new LangError("maximum recursion depth exceeded (the computation nested too deeply)", wholeFirstLine(source));
        } catch (OutOfMemoryError e) {
            before.rollback();
            throw new LangError("out of memory: the graph or a tensor got too large", wholeFirstLine(source));
        } catch (ComputationInterrupted e) {
            throw new Interrupted(wholeFirstLine(source));
        } catch (RuntimeException e) {
            // an engine error not already placed at a node (shape, limit, ...): its message, at the line
            before.rollback();
            throw Interpreter.wrap(e, wholeFirstLine(source));
        } finally {
            before.keep(); // after a rollback, nothing left to keep
        }
    }

    /** What an input may change, taken before it runs and put back if it fails. */
    private final class Checkpoint {
        private final Map<String, Object> bindings = new LinkedHashMap<>(Session.this.bindings);
        private final String lastAssigned = interpreter.lastAssigned();
        private final NumpyRandom.State random = Session.this.random.state();
        /** Everything else the input changes in place (tensors, and any value that records itself) at any depth. */
        private final UndoLog changes = UndoLog.open();

        void rollback() {
            changes.rollback();
            restore(bindings, lastAssigned);
            Session.this.random.restore(random);
        }

        void keep() {
            changes.close();
        }
    }

    /** False while the input needs more lines: an open bracket, or a block not yet ended by an empty line. */
    public boolean isComplete(String source) {
        return Completeness.isComplete(source);
    }

    /** What is still open at the end of the input, e.g. "'(' was never closed"; empty if nothing. */
    public Optional<LangError> unfinished(String source) {
        return Completeness.unfinished(source);
    }

    /** The value bound to a name, or null if unbound (use {@link #isBound} to tell None apart). */
    public Object lookup(String name) {
        return bindings.get(name);
    }

    public boolean isBound(String name) {
        return bindings.containsKey(name);
    }

    /** An unmodifiable snapshot of the bindings, in order of first binding. */
    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /** The last name assigned by a statement at the top level (the default target of :commands), or null. */
    public String lastAssigned() {
        return interpreter.lastAssigned();
    }

    /** Forgets every variable and starts the random generator from a fresh seed (the settings stay). */
    public void reset() {
        bindings.clear();
        interpreter.setLastAssigned(null);
        replaySeed = freshSeed();
        random.seed(replaySeed);
    }

    /**
     * The seed the random generator started from at the beginning of this session (or its last
     * :reset). Failed inputs draw nothing (the generator is restored with the variables), so
     * {@code seed(replaySeed())} followed by the accepted inputs draws the same numbers again.
     */
    public long replaySeed() {
        return replaySeed;
    }

    private static long freshSeed() {
        return System.nanoTime() & 0xffffffffL;
    }

    /** The names of the builtin functions and constants, for completion and "did you mean". */
    public Set<String> builtinNames() {
        return Builtins.table().keySet();
    }

    /** {@code :set grad off}: the grad mode every later eval runs in. */
    public void setGradEnabled(boolean on) {
        gradEnabled = on;
    }

    public boolean gradEnabled() {
        return gradEnabled;
    }

    /** How print(...) and str(...) show values; null restores the default ({@link Values#str}). */
    public void setFormatter(Function<Object, String> formatter) {
        interpreter.setFormatter(formatter == null ? Values::str : formatter);
    }

    private void restore(Map<String, Object> before, String lastBefore) {
        bindings.clear();
        bindings.putAll(before);
        interpreter.setLastAssigned(lastBefore);
    }

    private static Span wholeFirstLine(String source) {
        int end = source.indexOf('\n');
        return new Span(0, end < 0 ? source.length() : end, 1, 1);
    }
}
