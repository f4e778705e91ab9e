package dev.adjoint.command;

import dev.adjoint.lang.ExceptionGroupText;
import dev.adjoint.lang.Exceptions;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Progress;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Traceback;
import dev.adjoint.render.ErrorFormat;
import dev.adjoint.session.Failures;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.AnomalyReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the prompt (repl.Shell) and the notebook (the kernel) do alike with one complete input, so
 * that both behave the same: run it (statements, or a :command whose reply the front-end shows),
 * keep it for :save when it changed the session (an interrupted one too: it kept its effects),
 * turn any failure into the one {@link Failure} both show, never with a line of a file that is
 * not a script, and run the scripts of :load input by input (a .py script as CPython runs it).
 * Where the output goes and how a reply or a failure looks is the front-end's ({@link Front}).
 */
public final class InputRunner implements ScriptRunner {
    /** One complete input of a longer text (a cell, a script), and the line (1-based) it starts on. */
    public record Input(String text, int firstLine) {}

    /** Where one input's results go while it runs: the prompt writes text, the notebook sends MIME bundles. */
    public interface Front {
        /** What the session prints, shows, warns and draws as progress while the input runs. */
        Output output();

        /** Where a command writes as it runs (:step's steps). */
        PrintWriter out();

        /** Single keys for :step at a terminal; null where there is none (then every step is printed). */
        default KeyReader keys() {
            return null;
        }

        /** A command's reply: the front-end renders its report, if any. */
        void reply(Reply reply);

        /** The notebook cell the input is part of (its execution count), or 0 outside a notebook. */
        default int cell() {
            return 0;
        }
    }

    /**
     * A failed input as both front-ends show it: the error (its Python type and message), and the
     * input it is about, placed by its source name and first line. The input is null when it came
     * from a file that is not a script (see {@link ScriptFile#showsLines}). {@code undone}: the
     * input had done something before its error, which was undone with it, and the session goes on
     * (the prompt, a pipe, a cell), so the front-end says so after the error ({@link #UNDONE_NOTE}).
     */
    public record Failure(LangError error, String shownInput, String sourceName, int firstLine, boolean undone) {
        /** What a front-end says after the error of an input that was undone: a student who pasted a loop sees why its first steps are gone. */
        public static final String UNDONE_NOTE = "note: what this input did before the error was undone (a failed input changes nothing)";

        public Failure(LangError error, String shownInput, String sourceName, int firstLine) {
            this(error, shownInput, sourceName, firstLine, false);
        }

        /** Whether Ctrl-C (or Jupyter's interrupt, or --timeout) stopped it. */
        public boolean interrupted() {
            return error instanceof Interrupted;
        }

        /** Whether it is Python's KeyboardInterrupt (Ctrl-C nobody caught, or raised): a script ends with CPython's exit status 130. */
        public boolean keyboardInterrupt() {
            return Exceptions.matches(error, "KeyboardInterrupt");
        }

        /**
         * "FILE:LINE:COL: error: message", then the line with a caret under the error, and the note if
         * it was undone: the terminal's text. An error that came out of functions is shown after
         * CPython's traceback of its frames, and placed where it was raised.
         */
        public String text(boolean color) {
            StringBuilder shown = new StringBuilder(); // a chained error: the earlier ones first, as CPython's traceback
            for (LangError.Chained c : error.chain()) {
                Span at = c.error().span() != null && shownInput != null && c.error().span().end() <= shownInput.length() ? c.error().span() : null;
                shown.append(text(c.error(), at, color)).append('\n').append(c.sentence()).append("\n\n");
            }
            shown.append(text(error, error.span(), color));
            return undone ? shown + UNDONE_NOTE + "\n" : shown.toString();
        }

        private String text(LangError e, Span where, boolean color) {
            String shown = placedText(e, where, color), boxes = ExceptionGroupText.boxes(e.exception()); // an exception group's members, as CPython draws them
            if (boxes.isEmpty()) return shown;
            return shown.endsWith("\n") ? shown + boxes : shown + "\n" + boxes.substring(0, boxes.length() - 1); // ending as the text it follows
        }

        private String placedText(LangError e, Span where, boolean color) {
            List<Traceback.Entry> frames = shownInput == null ? List.of() : e.traceback();
            if (!showsTraceback(frames)) return ErrorFormat.format(withNotes(e), where, shownInput, sourceName, firstLine, color);
            int innermost = frames.size() - 1;
            while (innermost > 0 && frames.get(innermost).inString()) innermost--; // placed at the exec()/eval() that ran the string
            Traceback.Entry raised = frames.get(innermost);
            String file = sourceName == null ? null : raised.file().equals(frames.get(0).file()) ? sourceName : raised.file();
            String[] lines = raised.sourceLines();
            Span at = innermost == frames.size() - 1 && e.raisedAt() != null && e.raisedAt().line() == raised.lineInSource() ? e.raisedAt() : raised.place(); // the operator of a division
            int column = at == null || raised.lineInSource() > lines.length ? 1 : ErrorFormat.column(at, lines);
            return "Traceback (most recent call last):\n" + Traceback.cpythonFrames(frames)
                    + ErrorFormat.placed(withNotes(e), file, raised.line(), column, color);
        }

        /**
         * Whether the error is shown after CPython's traceback of its frames: it came out of a
         * function, or (an earlier error of a chain) was caught in one. One of the input's own top
         * level alone is shown by its place and a caret.
         */
        private static boolean showsTraceback(List<Traceback.Entry> frames) {
            return frames.size() > 1 || frames.size() == 1 && !frames.get(0).function().equals("<module>");
        }

        /** The message, then the notes add_note gave it, a line each, as CPython prints them after the message. */
        private String withNotes(LangError e) {
            StringBuilder m = new StringBuilder(e.message(firstLine));
            for (String note : e.notes()) m.append('\n').append(note);
            return m.toString();
        }

        /** Any throwable (a bug of ours included) as the user is told it, with no line shown. */
        public static Failure of(Throwable t) {
            return new Failure(Failures.classify(t, null), null, null, 1);
        }
    }

    /**
     * How an input ended: its failure (null if it ran) and whether it asked to quit, by :quit or by
     * exit() (then {@code exit} says with which status and message, as CPython ends).
     */
    public record Outcome(Failure failure, boolean quit, Exceptions.Exit exit) {
        static final Outcome RAN = new Outcome(null, false);

        Outcome(Failure failure, boolean quit) {
            this(failure, quit, null);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    /** What :save writes before an input that was interrupted: it kept what it had done, as in Python, so it stays. */
    public static final String INTERRUPTED_NOTE = "# interrupted (Ctrl-C or --timeout): what it had done was kept; replaying runs it whole";

    private final Supplier<Session> session;
    private final Settings settings;
    private final Commands commands;
    private final Function<String, List<Input>> scriptInputs;
    private final List<String> accepted = new ArrayList<>();
    private final LoadDepth loads = new LoadDepth();
    private Front front; // of the input running now: a script run by :load writes there too
    private Failure scriptFailure; // where the last script run by :load stopped
    /** Whether expression statements show their values: not in a .py script, as CPython runs one. */
    private boolean echo = true;

    /**
     * {@code session} is asked for at each input (the kernel makes its session while it answers
     * its first requests); {@code scriptInputs} splits a script's text as the prompt splits a paste.
     */
    public InputRunner(Supplier<Session> session, Settings settings, Commands commands, Function<String, List<Input>> scriptInputs) {
        this.session = session;
        this.settings = settings;
        this.commands = commands;
        this.scriptInputs = scriptInputs;
    }

    /** A file CPython would run: read whole (blank lines do not end its blocks) and run without echo. */
    public static boolean isPythonScript(String sourceName) {
        return sourceName != null && sourceName.endsWith(".py");
    }

    /** Runs one complete input; sourceName (null at the prompt and in a cell) and firstLine place its errors. */
    public Outcome run(String input, String sourceName, int firstLine, Front front) {
        if (input.isBlank()) return Outcome.RAN;
        Front outer = this.front;
        this.front = front;
        try {
            if (input.stripLeading().startsWith(":")) return command(input, front);
            session.get().placeInput(sourceName, firstLine, front.cell());
            session.get().eval(input, echoing(front.output()));
            accepted.add(input);
            return Outcome.RAN;
        } catch (ScriptFailed e) {
            return new Outcome(scriptFailure, false); // the script's own error, placed in the script
        } catch (Throwable e) { // whatever it was, the session goes on
            LangError error = Failures.classify(e, null);
            Exceptions.Exit exit = Exceptions.exitOf(error);
            if (exit != null) return new Outcome(null, true, exit); // exit(), quit(), SystemExit: as :quit
            if (error instanceof Interrupted) keepInterrupted(input);
            String shown = ScriptFile.showsLines(sourceName) ? input : null; // never a line of a file that is not a script
            boolean undone = goesOnAfterAFailure(sourceName) && session.get().failureUndidSomething();
            return new Outcome(new Failure(error, shown, sourceName, firstLine, undone), false);
        } finally {
            this.front = outer;
        }
    }

    /** The name a pipe's inputs are placed by (`<stdin>:3:1: error: ...`), as CPython names standard input. */
    public static final String STDIN = "<stdin>";

    /** Whether the session goes on after a failed input from there: the prompt, a cell (no name), a pipe; a script or -e stops. */
    private static boolean goesOnAfterAFailure(String sourceName) {
        return sourceName == null || sourceName.equals(STDIN);
    }

    /** Runs a .py script's text as one input, without showing expression values; how it ended. */
    public Outcome runPython(String text, String sourceName, Front front) {
        boolean saved = echo;
        echo = false;
        try {
            return run(text, sourceName, 1, front);
        } finally {
            echo = saved;
        }
    }

    /** A command: parse, ask the session, hand the reply to the front-end; kept for :save if it changes state. */
    private Outcome command(String input, Front front) {
        Command c = commands.commandOf(input);
        KeyReader keys = loads.inScript() ? null : front.keys(); // a loaded script never waits for keys
        Reply reply;
        try (dev.adjoint.scope.Scope gil = session.get().holdingGil()) { // the program's threads wait while a command reads the graph
            reply = commands.run(c, input, new CommandContext(session.get(), settings, front.out(), this, keys));
        } finally {
            session.get().takeAnomaly().ifPresent(front.output()::anomaly); // :set anomaly on, e.g. a nan in :backward
        }
        front.reply(reply);
        if (c.spec().isStateChanging()) accepted.add(input.strip());
        return new Outcome(null, reply.quit());
    }

    /** An interrupted statement keeps its effects, so a saved script must have it (marked); a command only if it changes state. */
    private void keepInterrupted(String input) {
        boolean command = input.stripLeading().startsWith(":");
        if (command && !commands.commandOf(input).spec().isStateChanging()) return;
        accepted.add(INTERRUPTED_NOTE + "\n" + (command ? input.strip() : input));
    }

    /** :load: the script's inputs run as if typed, into the front-end of the input that loads it; the first failure stops it. */
    @Override
    public boolean runScript(String text, String sourceName) {
        return loads.run(() -> {
            Outcome o = Outcome.RAN;
            if (isPythonScript(sourceName)) o = runPython(text, sourceName, front);
            else
                for (Input input : scriptInputs.apply(text)) {
                    o = run(input.text(), sourceName, input.firstLine(), front);
                    if (!o.ok() || o.quit()) break;
                }
            if (!o.ok()) scriptFailure = o.failure();
            return o.ok();
        });
    }

    @Override
    public List<String> acceptedInputs() {
        return List.copyOf(accepted);
    }

    @Override
    public void clearAccepted() {
        accepted.clear();
    }

    /** The front-end's output, showing no expression values while a .py script runs. */
    private Output echoing(Output output) {
        if (echo) return output;
        return new Output() {
            public void print(String line) {
                output.print(line);
            }

            public void write(String text) {
                output.write(text);
            }

            public void show(Object value) {}

            public boolean showsValues() {
                return false;
            }

            public void display(List<Object> values) { // a script has no IPython shell: display() prints, as IPython's does then
                output.print(String.join(" ", values.stream().map(dev.adjoint.lang.Repr::str).toList()));
            }

            public void writeError(String text) {
                output.writeError(text);
            }

            public void flush() {
                output.flush();
            }

            public String readLine(String prompt) {
                return output.readLine(prompt);
            }

            public dev.adjoint.lang.StdinText stdin() {
                return output.stdin();
            }

            public void warn(String message) {
                output.warn(message);
            }

            public void anomaly(AnomalyReport report) {
                output.anomaly(report);
            }

            public Progress progress(String label, long total) {
                return output.progress(label, total);
            }
        };
    }
}
