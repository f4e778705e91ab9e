package dev.adjoint.kernel;

import dev.adjoint.command.Command;
import dev.adjoint.command.CommandContext;
import dev.adjoint.command.Commands;
import dev.adjoint.command.LoadDepth;
import dev.adjoint.command.Reply;
import dev.adjoint.command.ScriptFailed;
import dev.adjoint.command.ScriptRunner;
import dev.adjoint.command.Settings;
import dev.adjoint.lang.Exceptions;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Progress;
import dev.adjoint.render.AnomalyText;
import dev.adjoint.render.ErrorFormat;
import dev.adjoint.render.Format;
import dev.adjoint.render.Renderer;
import dev.adjoint.session.Failures;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.AnomalyReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The kernel's front-end on one session, as the terminal's Shell is the prompt's: runs an input
 * (statements, or a :command whose reply becomes a MIME bundle), sends what it prints, shows and
 * warns to the cell's {@link Sink} as it happens, turns a failure into the caret text of the
 * terminal, and runs the scripts of :load and keeps the inputs :save writes.
 */
final class SessionAdapter implements ScriptRunner {
    /** Where an input's output goes while it runs. */
    interface Sink {
        /** Text printed by the program (print, :step, a script run by :load). */
        PrintWriter stdout();

        /** Warnings. */
        PrintWriter stderr();

        /** A report or a value to show in its richest form. */
        void show(MimeBundle bundle);

        /** A progress display for a loop of {@code total} steps. */
        default Progress progress(String label, long total) {
            return Progress.NONE;
        }
    }

    /** A failed input, as Jupyter reports it: a type, the message, and the terminal's caret text. */
    record Failure(String ename, String evalue, List<String> traceback) {}

    /** How an input ended: a failure or null, and whether it asked to quit. */
    record Outcome(Failure failure, boolean quit) {}

    /**
     * The session, made on a thread of its own ({@link #start}) once the sockets are bound: the
     * engine's start-up (the builtins, the interpreter) then overlaps with the front-end's first
     * requests, and kernel_info is answered without waiting for it. Whatever needs the session
     * waits in {@link #session()}; if nobody started it, the first to ask makes it.
     */
    private final FutureTask<Session> made = new FutureTask<>(Session::new);
    private final Settings settings;
    private final InputRules rules;
    private final Commands commands = new Commands();
    private final List<String> accepted = new ArrayList<>();
    private Sink sink;
    private final LoadDepth loads = new LoadDepth();
    private Failure scriptFailure; // where a script run by :load stopped
    private boolean echo = true; // false while a .py script runs

    /** {@code settings} without colour: text/plain is what the terminal shows, uncoloured; HTML carries the colours. */
    SessionAdapter(Settings settings, InputRules rules) {
        this.settings = settings;
        this.rules = rules;
    }

    /** Starts making the session on a thread of its own (the kernel calls it once its sockets are bound). */
    void start() {
        Thread starting = new Thread(made, "adjoint-session-start");
        starting.setDaemon(true);
        starting.start();
    }

    /** The session, once made (an interrupt meanwhile is kept for the input that waits). */
    private Session session() {
        boolean interrupted = false;
        try {
            made.run(); // no-op once started
            while (true) {
                try {
                    return made.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error err) throw err;
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** A cell's inputs, split by the prompt's rules (a blank line inside a block does not end it). */
    List<InputRules.Input> split(String cell) {
        return rules.split(dev.adjoint.session.BlankLinesInBlocks.keepBlocksTogether(cell), session());
    }

    /** Runs one input on the calling thread; its output goes to the sink as it is produced. */
    Outcome run(InputRules.Input input, Sink sink) {
        return run(input, sink, null);
    }

    private Outcome run(InputRules.Input input, Sink sink, String sourceName) {
        String text = input.text();
        if (text.isBlank()) return new Outcome(null, false);
        Sink outer = this.sink;
        this.sink = sink;
        try {
            if (text.stripLeading().startsWith(":")) return new Outcome(null, command(text, sink));
            session().eval(text, output(sink));
            accepted.add(text);
            return new Outcome(null, false);
        } catch (ScriptFailed e) {
            return new Outcome(scriptFailure, false);
        } catch (Throwable e) { // whatever it was, the session goes on
            LangError error = Failures.classify(e, null);
            Exceptions.Exit exit = Exceptions.exitOf(error);
            if (exit != null) { // exit(): the rest of the cell is skipped, as after :quit
                if (exit.message() != null) sink.stderr().println(exit.message());
                return new Outcome(null, true);
            }
            return new Outcome(failure(error, text, sourceName, input.firstLine()), false);
        } finally {
            sink.stdout().flush();
            sink.stderr().flush();
            this.sink = outer;
        }
    }

    /** A command: parse, ask the session, show the reply as a bundle. Returns whether it asked to quit. */
    private boolean command(String text, Sink sink) {
        Command c = commands.commandOf(text);
        CommandContext ctx = new CommandContext(session(), settings, sink.stdout(), this, null); // no keys: :step prints every step
        Reply reply;
        try {
            reply = commands.run(c, text, ctx);
        } finally {
            session().takeAnomaly().ifPresent(a -> warn(sink, AnomalyText.describe(a)));
        }
        if (reply.report() != null) {
            sink.stdout().flush();
            sink.show(ReportBundle.of(reply.report(), reply.format(), settings.style().withAllRows(reply.allRows())));
        }
        if (c.spec().isStateChanging()) accepted.add(text.strip());
        return reply.quit();
    }

    private Output output(Sink sink) {
        return new Output() {
            public void print(String line) {
                sink.stdout().println(line);
            }

            public void show(Object value) {
                if (!echo) return;
                sink.stdout().flush();
                sink.show(ReportBundle.value(value, settings.values().format(value), settings.precision));
            }

            public void warn(String message) {
                SessionAdapter.warn(sink, message);
            }

            public void anomaly(AnomalyReport report) {
                SessionAdapter.warn(sink, AnomalyText.describe(report));
            }

            public Progress progress(String label, long total) {
                sink.stdout().flush();
                return sink.progress(label, total);
            }
        };
    }

    private static void warn(Sink sink, String message) {
        sink.stderr().println("warning: " + message);
    }

    /**
     * The error as Jupyter shows it: its Python exception type and str() (as the session
     * classified it, so a notebook names the same type that {@code except} catches), and the
     * terminal's caret text (red "error:") as the traceback.
     */
    static Failure failure(LangError error, String input, String sourceName, int firstLine) {
        String ename = error instanceof Interrupted ? "KeyboardInterrupt" : error.type();
        String message = error.detail();
        String text = ErrorFormat.format(error.getMessage(), error.span(), input, sourceName, firstLine, true);
        return new Failure(ename, message, List.of(text.stripTrailing().split("\n")));
    }

    /** :load: the script's inputs run as a cell's; the first failure, placed in the script, becomes the cell's. */
    @Override
    public boolean runScript(String text, String sourceName) {
        return loads.run(() -> {
            if (rules.runsAsPython(sourceName)) return runPython(text, sourceName);
            for (InputRules.Input input : rules.split(text, session())) {
                Outcome o = run(input, sink, sourceName);
                if (o.failure() != null) scriptFailure = o.failure();
                if (o.failure() != null || o.quit()) return o.failure() == null;
            }
            return true;
        });
    }

    /** A .py script as CPython runs it: read whole, expression values not shown. */
    private boolean runPython(String text, String sourceName) {
        boolean saved = echo;
        echo = false;
        try {
            Outcome o = run(new InputRules.Input(text, 1), sink, sourceName);
            if (o.failure() != null) scriptFailure = o.failure();
            return o.failure() == null;
        } finally {
            echo = saved;
        }
    }

    @Override
    public List<String> acceptedInputs() {
        return List.copyOf(accepted);
    }

    @Override
    public void clearAccepted() {
        accepted.clear();
    }

    /** Empty when the code would run as it stands; else the indent for its next line. */
    Optional<String> continuation(String code) {
        return rules.continuation(code, session());
    }

    InputRules.Completion complete(String code, int cursor) {
        return rules.complete(session(), commands, code, cursor);
    }

    /** What {@code :help NAME} says, if it knows the name. */
    Optional<String> help(String name) {
        try {
            String line = ":help " + name;
            Reply reply = commands.run(commands.commandOf(line), line, new CommandContext(session(), settings, new PrintWriter(new StringWriter()), this, null));
            return reply.report() == null ? Optional.empty() : Optional.of(Renderer.render(reply.report(), Format.TEXT, settings.style()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
