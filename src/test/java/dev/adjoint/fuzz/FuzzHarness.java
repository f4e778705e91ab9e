package dev.adjoint.fuzz;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PySet;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Lexer;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import dev.adjoint.render.ErrorFormat;
import dev.adjoint.render.ValueFormat;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Runs fuzzed inputs against one REPL session the way the terminal does, and checks the property
 * of issue 7 on each: the input either evaluates or fails with the project's own error (a
 * LangError whose span lies inside the input, or the Shell's formatted message, never "internal
 * error"), nothing else escapes, and a failed input leaves every variable as it was (the same
 * object, and for a tensor the same value, gradient and requires_grad). Statements go through
 * {@link Session#eval} (so the LangError and its span can be checked) and :commands through
 * {@link Shell#run}. A watchdog interrupts an input that runs too long, as Ctrl-C would; that
 * counts as a slow input, not a failure.
 *
 * <p>Commands that touch files (:save, :load, --out) are never run: a fuzzer must not write
 * files with random names into the working directory.
 */
final class FuzzHarness implements AutoCloseable {
    /** A property that did not hold: what, and the inputs of the session up to and including the bad one. */
    record Finding(String what, String input, List<String> history) {}

    private static final Pattern TOUCHES_FILES = Pattern.compile("^\\s*:\\s*(save|load)\\b|--out|mnist", Pattern.CASE_INSENSITIVE);
    private static final ValueFormat VALUES = new ValueFormat(3);

    private final long maxElements;
    private final int sessionLength;
    private final long deadlineMillis;
    private final Watchdog watchdog;
    private Shell shell;
    private final List<String> history = new ArrayList<>();
    private final PrintWriter sink = new PrintWriter(Writer.nullWriter());
    private final StringWriter errText = new StringWriter();
    private final PrintWriter err = new PrintWriter(errText);
    private long inputs, failures, slow, skipped;

    /** @param sessionLength inputs per session before a fresh one; @param deadlineMillis when the watchdog interrupts */
    FuzzHarness(long maxElements, int sessionLength, long deadlineMillis) {
        this.maxElements = maxElements;
        this.sessionLength = sessionLength;
        this.deadlineMillis = deadlineMillis;
        this.watchdog = new Watchdog(Thread.currentThread());
        newSession();
    }

    long inputs() {
        return inputs;
    }

    /** Inputs that failed with a proper error (the expected outcome for most fuzzed inputs). */
    long failures() {
        return failures;
    }

    long slow() {
        return slow;
    }

    long skipped() {
        return skipped;
    }

    void newSession() {
        shell = new Shell(ShellOptions.defaults());
        shell.session().setMaxElements(maxElements);
        history.clear();
        Finding f = check(ProgramGen.PRELUDE);
        if (f != null) throw new AssertionError("the prelude fails: " + f.what());
        inputs--; // the prelude is not a fuzzed input
    }

    /** Runs one input and checks the property; null if it held. */
    Finding check(String input) {
        if (history.size() >= sessionLength) newSession();
        if (TOUCHES_FILES.matcher(input).find()) {
            skipped++;
            return null;
        }
        history.add(input);
        inputs++;
        watchdog.current = input;
        Session session = shell.session();
        Map<String, Object> before = snapshot(session);
        String problem;
        boolean failed, interrupted = false;
        watchdog.arm(deadlineMillis);
        try {
            if (input.stripLeading().startsWith(":")) {
                errText.getBuffer().setLength(0);
                Shell.Outcome o = shell.run(input, null, 1, sink, err);
                failed = !o.ok();
                String e = errText.toString();
                interrupted = e.contains("error: interrupted");
                problem = e.contains("internal error") ? "internal error from a command: " + e.strip() : null;
            } else {
                session.isComplete(input);
                session.unfinished(input);
                Lexer.scanForHighlighting(input);
                shell.isComplete(input);
                failed = false;
                problem = null;
                try {
                    session.eval(input, new FormattingOutput());
                } catch (Interrupted e) {
                    failed = true;
                    interrupted = true;
                } catch (LangError e) {
                    failed = true;
                    problem = badError(e, input);
                    ErrorFormat.format(e.getMessage(), e.span(), input, "<fuzz>", 1, true); // the reporter copes with it too
                }
            }
        } catch (Throwable t) {
            failed = true;
            problem = "escaped: " + t + stackTop(t);
        } finally {
            if (watchdog.disarm()) interrupted = true;
            Thread.interrupted(); // a late interrupt must not hit the next input
        }
        if (interrupted) {
            slow++;
            return null; // an interrupt keeps what was done, by design
        }
        if (failed) {
            failures++;
            if (problem == null) {
                String changed = compare(before, snapshot(session));
                if (changed != null) problem = "a failed input changed variables: " + changed;
            }
        }
        if (problem == null && inputs % 64 == 0) problem = liveness();
        if (problem != null) return new Finding(problem, input, List.copyOf(history));
        if (session.variables().isEmpty()) shell.run(ProgramGen.PRELUDE, null, 1, sink, sink); // after :reset: bind the names again
        return null;
    }

    /** The session still evaluates after whatever came before. */
    private String liveness() {
        try {
            shell.session().eval("1 + 1", new FormattingOutput());
            return null;
        } catch (RuntimeException e) {
            return "the session no longer evaluates '1 + 1': " + e;
        }
    }

    private static String badError(LangError e, String input) {
        if (e.getMessage() == null || e.getMessage().isBlank()) return "an error without a message";
        if (e.getMessage().contains("internal error")) return e.getMessage();
        if (e.span() == null) return "no span: " + e.getMessage();
        if (e.span().offset() < 0 || e.span().end() > input.length() || e.span().length() < 0)
            return "span " + e.span() + " outside the input of length " + input.length() + ": " + e.getMessage();
        if (e.span().line() < 1 || e.span().column() < 1) return "span " + e.span() + " has no line/column: " + e.getMessage();
        return null;
    }

    private static String stackTop(Throwable t) {
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(6, st.length); i++) sb.append("\n    at ").append(st[i]);
        return sb.toString();
    }

    /**
     * Per variable: the object itself, and what can change in place, compared by identity: a
     * tensor's (or a tracked number's node's) value, gradient and flag; a list's, dict's or set's
     * items; an object's attributes.
     */
    private static Map<String, Object> snapshot(Session session) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : session.variables().entrySet()) out.put(e.getKey(), contents(e.getValue()));
        return out;
    }

    private static Object contents(Object v) {
        Tensor t = Values.node(v);
        if (t != null) return List.of(new Id(v), new Id(t), valueOf(t), new Id(t.grad()), t.requiresGrad());
        List<Object> parts = new ArrayList<>(List.of(new Id(v)));
        if (v instanceof PyList l) for (Object o : l) parts.add(new Id(o));
        if (v instanceof PyDict d) for (PyDict.Entry x : d.entries()) parts.add(List.of(new Id(x.key()), new Id(x.value())));
        if (v instanceof PySet s) for (Object o : s.items()) parts.add(new Id(o));
        if (v instanceof PyInstance i) for (Map.Entry<String, Object> a : i.attributes().entrySet()) parts.add(List.of(a.getKey(), new Id(a.getValue())));
        return parts;
    }

    /** A 0-d tensor holds its value as a double (value() makes a new array per call): compare its bits. */
    private static Object valueOf(Tensor t) {
        return t.ndim() == 0 ? (Object) Double.doubleToRawLongBits(t.item()) : new Id(t.value());
    }

    private static String compare(Map<String, Object> before, Map<String, Object> after) {
        if (!before.keySet().equals(after.keySet())) return "names " + before.keySet() + " became " + after.keySet();
        for (String k : before.keySet())
            if (!Objects.equals(before.get(k), after.get(k))) return k + " changed";
        return null;
    }

    /** Identity, for snapshots. */
    private record Id(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Id i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** Shows values the way the REPL does, so that formatting is fuzzed too. */
    private static final class FormattingOutput implements Output {
        @Override
        public void print(String line) {}

        @Override
        public void show(Object value) {
            VALUES.format(value);
        }

        @Override
        public void warn(String message) {}
    }

    @Override
    public void close() {
        watchdog.shutdown();
    }

    /** Interrupts the fuzzing thread when an input runs past its deadline, as Ctrl-C would. */
    private static final class Watchdog extends Thread {
        private final Thread target;
        private volatile long deadline; // 0: disarmed
        private volatile boolean fired, running = true;
        private volatile String current;
        private long firedAt;

        Watchdog(Thread target) {
            super("fuzz-watchdog");
            this.target = target;
            setDaemon(true);
            start();
        }

        void arm(long millis) {
            fired = false;
            deadline = System.currentTimeMillis() + millis;
        }

        /** Disarms; true if it fired for this input. */
        boolean disarm() {
            synchronized (this) {
                deadline = 0;
                return fired;
            }
        }

        void shutdown() {
            running = false;
            interrupt();
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (this) {
                    long d = deadline;
                    if (d != 0 && System.currentTimeMillis() > d && !fired) {
                        fired = true;
                        firedAt = System.currentTimeMillis();
                        target.interrupt();
                    } else if (d != 0 && fired && firedAt > 0 && System.currentTimeMillis() - firedAt > 10_000) {
                        // the interrupt did not stop it: Ctrl-C would not either; say so (the campaign prints it)
                        System.out.println("HANG: still running 10 s after the interrupt: " + Regressions.escape(String.valueOf(current)));
                        firedAt = 0;
                    }
                }
            }
        }
    }
}
