package dev.adjoint.repl;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.lang.LangError;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.repl.command.Command;
import dev.adjoint.repl.command.CommandArgs;
import dev.adjoint.repl.command.CommandContext;
import dev.adjoint.repl.command.ScriptFailed;
import dev.adjoint.repl.command.KeyReader;
import dev.adjoint.repl.command.ScriptRunner;
import dev.adjoint.repl.command.Commands;
import dev.adjoint.repl.command.Settings;
import dev.adjoint.render.ErrorFormat;
import dev.adjoint.render.Format;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One user session as the terminal loop sees it: runs a complete input (statements or a
 * :command), writes results to out and messages to err, and answers completion and
 * continuation questions. The only place errors become text.
 */
public final class Shell implements ScriptRunner {
    /** :load inside :load inside ... : a script that loads itself stops here. */
    private static final int MAX_LOAD_DEPTH = 16;

    /** How an input ended: whether it failed, and whether the user asked to quit. */
    public record Outcome(boolean ok, boolean quit) {}

    private final Session session = new Session();
    private final Settings settings;
    private final Commands commands = new Commands();
    private final List<String> accepted = new ArrayList<>();
    private KeyReader keys;
    private int loadDepth;
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

    /** Runs one complete input; sourceName (null at the prompt) and firstLine place error messages. */
    public Outcome run(String input, String sourceName, int firstLine, PrintWriter out, PrintWriter err) {
        if (input.isBlank()) return new Outcome(true, false);
        session.setFormatter(settings.values());
        PrintWriter outerOut = this.out, outerErr = this.err;
        this.out = out;
        this.err = err;
        try (Limits.Scope limits = session.guard()) { // commands compute too: the element limit holds for them as well
            if (input.stripLeading().startsWith(":")) {
                Command c = commands.commandOf(input);
                CommandContext ctx = new CommandContext(session, settings, out, this);
                ctx.keys = loadDepth == 0 ? keys : null; // a script being loaded never waits for keys
                boolean quit;
                try {
                    quit = c.run(CommandArgs.parse(input), ctx);
                } finally {
                    session.takeAnomaly().ifPresent(output(out, err)::warn); // :set anomaly on, e.g. a nan in :backward
                }
                if (c.changesState()) accepted.add(input.strip());
                return new Outcome(true, quit);
            }
            session.eval(input, output(out, err));
            accepted.add(input);
            return new Outcome(true, false);
        } catch (ScriptFailed e) {
            // the script's own error was printed where it happened, with FILE:LINE:COL
        } catch (LangError e) {
            err.print(ErrorFormat.format(e.getMessage(), e.span(), input, sourceName, firstLine, settings.color));
        } catch (AutogradException | IllegalArgumentException | ArithmeticException e) {
            err.print(ErrorFormat.format(e.getMessage(), null, input, sourceName, firstLine, settings.color));
        } catch (ComputationInterrupted e) {
            err.print(ErrorFormat.format("interrupted", null, input, sourceName, firstLine, settings.color));
        } catch (StackOverflowError e) {
            err.print(ErrorFormat.format("the input is nested too deeply to evaluate", null, input, sourceName, firstLine, settings.color));
        } catch (OutOfMemoryError e) {
            err.print(ErrorFormat.format("out of memory while evaluating this input; the session goes on", null, input, sourceName, firstLine, settings.color));
        } catch (RuntimeException e) {
            // a bug of ours, not of the input: say so in one line, never with a stack trace
            err.print(ErrorFormat.format("internal error: " + e, null, input, sourceName, firstLine, settings.color));
        } finally {
            out.flush();
            err.flush();
            this.out = outerOut;
            this.err = outerErr;
        }
        return new Outcome(false, false);
    }

    @Override
    public boolean runScript(String text, String sourceName) {
        if (loadDepth >= MAX_LOAD_DEPTH)
            throw new LangError(":load is nested more than " + MAX_LOAD_DEPTH + " deep (does a script load itself?)", null);
        loadDepth++;
        try {
            for (InputAssembler.Chunk chunk : InputAssembler.split(text, this::isComplete)) {
                Outcome o = run(chunk.text(), sourceName, chunk.firstLine(), out, err);
                if (!o.ok() || o.quit()) return o.ok();
            }
            return true;
        } finally {
            loadDepth--;
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

    private Output output(PrintWriter out, PrintWriter err) {
        return new Output() {
            public void print(String line) {
                out.println(line);
            }

            public void show(Object value) {
                out.println(settings.values().format(value));
            }

            public void warn(String message) {
                err.println((settings.color ? "\u001b[33mwarning:\u001b[0m " : "warning: ") + message);
            }

            public dev.adjoint.lang.Progress progress(String label, long total) {
                out.flush();
                return ProgressBars.open(label, total, settings.ascii);
            }
        };
    }

    /** False while the input needs more lines (a block header, an open bracket). Commands are one line. */
    public boolean isComplete(String input) {
        if (input.stripLeading().startsWith(":")) return true;
        return session.isComplete(input);
    }

    /** The options and keywords of a :command ("--format", "wrt", ...), for tab completion after its name. */
    public List<String> commandOptions(String command) {
        return commands.options(command);
    }

    /** Commands, variables and functions, for tab completion. */
    public List<String> completionCandidates() {
        List<String> all = new ArrayList<>(commands.names());
        all.addAll(session.variables().keySet());
        all.addAll(session.builtinNames());
        return all;
    }
}
