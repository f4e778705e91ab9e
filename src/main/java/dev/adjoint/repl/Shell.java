package dev.adjoint.repl;

import dev.adjoint.lang.Exceptions;
import dev.adjoint.lang.LangError;
import dev.adjoint.render.AnomalyText;
import dev.adjoint.render.ErrorFormat;
import dev.adjoint.render.Format;
import dev.adjoint.render.Renderer;
import dev.adjoint.command.Command;
import dev.adjoint.command.CommandCompletion;
import dev.adjoint.command.CommandContext;
import dev.adjoint.command.Commands;
import dev.adjoint.command.KeyReader;
import dev.adjoint.command.LoadDepth;
import dev.adjoint.command.Reply;
import dev.adjoint.command.ScriptFailed;
import dev.adjoint.command.ScriptFile;
import dev.adjoint.command.ScriptRunner;
import dev.adjoint.command.Settings;
import dev.adjoint.session.Failures;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.AnomalyReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One user session as the terminal loop sees it: runs a complete input (statements, or a :command
 * whose reply it renders), writes results to out and messages to err, and answers completion and
 * continuation questions. The only place errors become text.
 */
public final class Shell implements ScriptRunner, AdjointCompleter.Source {
    /** How an input ended: whether it failed, and whether the user asked to quit. */
    public record Outcome(boolean ok, boolean quit) {}

    private final Session session = new Session();
    private final Settings settings;
    private final Commands commands = new Commands();
    private final List<String> accepted = new ArrayList<>();
    private final SessionSource completion = new SessionSource(session, commands);
    private KeyReader keys;
    private final LoadDepth loads = new LoadDepth();
    private ProgressBars bars; // null: no terminal, no bars
    /** Whether expression statements show their values: not in a .py script, as CPython runs one. */
    private boolean echo = true;
    private int exitStatus;
    private PrintWriter out, err; // where the input being run writes; scripts run by :load write there too

    public Shell(ShellOptions options) {
        Format f;
        try {
            f = Format.parse(options.format());
        } catch (IllegalArgumentException e) {
            f = Format.TEXT;
        }
        this.settings = new Settings(options.precision(), f, options.ascii(), options.color());
    }

    public Session session() {
        return session;
    }

    /** Where :step reads single keys: set by the terminal loop at a terminal; null (every step printed) elsewhere. */
    public void setKeyReader(KeyReader keys) {
        this.keys = keys;
    }

    /** Where progress(loader) draws its bars: set when a terminal shows the output; none elsewhere. */
    void setProgressBars(ProgressBars bars) {
        this.bars = bars;
    }

    /** The width of the terminal the output is shown on (:graph draws for it); none by default. */
    void setTerminalWidth(java.util.function.IntSupplier columns) {
        settings.terminalColumns = columns;
    }

    /** The status the process ends with after an input asked to quit: exit(status)'s, 0 for :quit and exit(). */
    public int exitStatus() {
        return exitStatus;
    }

    /** Runs one complete input; sourceName (null at the prompt) and firstLine place error messages. */
    public Outcome run(String input, String sourceName, int firstLine, PrintWriter out, PrintWriter err) {
        if (input.isBlank()) return new Outcome(true, false);
        PrintWriter outerOut = this.out, outerErr = this.err;
        this.out = out;
        this.err = err;
        try {
            if (input.stripLeading().startsWith(":")) {
                Outcome o = runCommand(input, output(out, err));
                if (o.ok() && commands.commandOf(input).spec().isStateChanging()) accepted.add(input.strip());
                return o;
            }
            session.eval(input, output(out, err));
            accepted.add(input);
            return new Outcome(true, false);
        } catch (ScriptFailed e) {
            // the script's own error was printed where it happened, with FILE:LINE:COL
        } catch (Throwable e) {
            LangError error = Failures.classify(e, null);
            Exceptions.Exit exit = Exceptions.exitOf(error);
            if (exit != null) { // exit(), quit(), sys.exit(status): the session ends as at :quit
                if (exit.message() != null) err.println(exit.message());
                exitStatus = exit.status();
                return new Outcome(true, true);
            }
            if (error instanceof dev.adjoint.lang.Interrupted) keepInterrupted(input);
            String shown = ScriptFile.showsLines(sourceName) ? input : null; // never a line of a file that is not a script
            err.print(ErrorFormat.format(error.getMessage(), error.span(), shown, sourceName, firstLine, settings.color));
        } finally {
            out.flush();
            err.flush();
            if (bars != null) bars.closeAll(); // bars of loops this input left early (an error, break)
            this.out = outerOut;
            this.err = outerErr;
        }
        return new Outcome(false, false);
    }

    /** What :save writes before an input that was interrupted: it kept what it had done, as in Python, so it stays. */
    static final String INTERRUPTED_NOTE = "# interrupted (Ctrl-C or --timeout): what it had done was kept; replaying runs it whole";

    /** An interrupted statement keeps its effects, so a saved script must have it (marked); a command only if it changes state. */
    private void keepInterrupted(String input) {
        boolean command = input.stripLeading().startsWith(":");
        if (command && !commands.commandOf(input).spec().isStateChanging()) return;
        accepted.add(INTERRUPTED_NOTE + "\n" + (command ? input.strip() : input));
    }

    /** A file CPython would run: read whole (blank lines do not end its blocks) and run without echo. */
    public static boolean isPythonScript(String sourceName) {
        return sourceName != null && sourceName.endsWith(".py");
    }

    /** Runs a .py script's text as one input, without showing expression values; how it ended. */
    public Outcome runPython(String text, String sourceName, PrintWriter out, PrintWriter err) {
        boolean saved = echo;
        echo = false;
        try {
            return run(text, sourceName, 1, out, err);
        } finally {
            echo = saved;
        }
    }

    /** A command: parse, ask the session, render the reply. */
    private Outcome runCommand(String input, Output output) {
        Command c = commands.commandOf(input);
        CommandContext ctx = new CommandContext(session, settings, out, this, loads.inScript() ? null : keys); // a loaded script never waits for keys
        Reply reply;
        try {
            reply = commands.run(c, input, ctx);
        } finally {
            session.takeAnomaly().ifPresent(output::anomaly); // :set anomaly on, e.g. a nan in :backward
        }
        if (reply.report() != null) out.print(Renderer.render(reply.report(), reply.format(), settings.style().withAllRows(reply.allRows())));
        return new Outcome(true, reply.quit());
    }

    @Override
    public boolean runScript(String text, String sourceName) {
        return loads.run(() -> {
            if (isPythonScript(sourceName)) return runPython(text, sourceName, out, err).ok();
            for (InputAssembler.Chunk chunk : InputAssembler.split(text, this::isComplete)) {
                Outcome o = run(chunk.text(), sourceName, chunk.firstLine(), out, err);
                if (!o.ok() || o.quit()) return o.ok();
            }
            return true;
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

    private Output output(PrintWriter out, PrintWriter err) {
        return new Output() {
            public void print(String line) {
                out.println(line);
            }

            public void write(String text) {
                out.print(text);
            }

            public void show(Object value) {
                if (echo) out.println(settings.values().format(value));
            }

            public void warn(String message) {
                err.println((settings.color ? "\u001b[33mwarning:\u001b[0m " : "warning: ") + message);
            }

            public void anomaly(AnomalyReport report) {
                warn(AnomalyText.describe(report));
            }

            public dev.adjoint.lang.Progress progress(String label, long total) {
                out.flush();
                return bars == null ? dev.adjoint.lang.Progress.NONE : bars.open(label, total, settings.ascii);
            }
        };
    }

    /** False while the input needs more lines (a block header, an open bracket). Commands are one line. */
    public boolean isComplete(String input) {
        if (input.stripLeading().startsWith(":")) return true;
        return session.isComplete(input);
    }

    // ---------------------------------------------------------------- completion (AdjointCompleter.Source)

    @Override
    public CommandCompletion.Candidates commandWord(List<String> words, int index) {
        return completion.commandWord(words, index);
    }

    @Override
    public List<String> names() {
        return completion.names();
    }

    /** Commands, variables and functions: every name the prompt completes. */
    public List<String> completionCandidates() {
        List<String> all = new ArrayList<>(commands.names());
        all.addAll(names());
        return all;
    }

    @Override
    public List<String> attributesOf(String owner) {
        return completion.attributesOf(owner);
    }
}
