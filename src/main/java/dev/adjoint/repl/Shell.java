package dev.adjoint.repl;

import dev.adjoint.command.CommandCompletion;
import dev.adjoint.command.Commands;
import dev.adjoint.command.InputRunner;
import dev.adjoint.command.KeyReader;
import dev.adjoint.command.Reply;
import dev.adjoint.command.Settings;
import dev.adjoint.lang.StdinText;
import dev.adjoint.render.AnomalyText;
import dev.adjoint.render.Format;
import dev.adjoint.render.Renderer;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.AnomalyReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One user session as the terminal loop sees it: runs a complete input (statements, or a :command
 * whose reply it renders) through the {@link InputRunner} the notebook's kernel shares, writes
 * results to out and messages to err, and answers completion and continuation questions. Where the
 * terminal's errors become text.
 */
public final class Shell implements AdjointCompleter.Source {
    /** How an input ended: whether it failed, whether the user asked to quit, and whether a KeyboardInterrupt nobody caught ended it. */
    public record Outcome(boolean ok, boolean quit, boolean keyboardInterrupt) {
        public Outcome(boolean ok, boolean quit) {
            this(ok, quit, false);
        }
    }

    private final Session session = new Session();
    private final Settings settings;
    private final Commands commands = new Commands();
    private final InputRunner inputs;
    private final SessionSource completion = new SessionSource(session, commands);
    private KeyReader keys;
    private LineInput lineInput; // null: input() has nothing to read from
    private ProgressBars bars; // null: no terminal, no bars
    private int exitStatus;

    public Shell(ShellOptions options) {
        Format f;
        try {
            f = Format.parse(options.format());
        } catch (IllegalArgumentException e) {
            f = Format.TEXT;
        }
        this.settings = new Settings(options.precision(), f, options.ascii(), options.color());
        this.inputs = new InputRunner(() -> session, settings, commands, this::scriptInputs);
    }

    public Session session() {
        return session;
    }

    /** Where :step reads single keys: set by the terminal loop at a terminal; null (every step printed) elsewhere. */
    public void setKeyReader(KeyReader keys) {
        this.keys = keys;
    }

    /**
     * Where input() reads a line: the terminal's, a pipe's or a script's stdin, set by the loop that
     * owns it. {@link #readLine} returns the line without its newline, null at the end of the input.
     */
    public interface LineInput {
        /** Shows {@code prompt} (on {@code out}, or as the terminal's prompt) and reads a line; null at the end. */
        String readLine(String prompt, PrintWriter out);

        /** What sys.stdin reads here; nothing by default. */
        default StdinText stdin() {
            return StdinText.EMPTY;
        }
    }

    public void setLineInput(LineInput lineInput) {
        this.lineInput = lineInput;
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
        return shown(inputs.run(input, sourceName, firstLine, front(out, err)), out, err);
    }

    /** Runs a .py script's text as one input, without showing expression values; how it ended. */
    public Outcome runPython(String text, String sourceName, PrintWriter out, PrintWriter err) {
        return shown(inputs.runPython(text, sourceName, front(out, err)), out, err);
    }

    /** The program's end: the __del__ methods and generator closes still due, as CPython runs them at exit. */
    public void atExit(PrintWriter out, PrintWriter err) {
        session().atExit(output(out, err));
        out.flush();
        err.flush();
    }

    /** The outcome, its failure printed as the terminal shows errors. */
    private Outcome shown(InputRunner.Outcome o, PrintWriter out, PrintWriter err) {
        out.flush();
        if (!o.ok()) err.print(o.failure().text(settings.color));
        if (o.exit() != null) {
            if (o.exit().message() != null) err.println(o.exit().message()); // exit("message"), as CPython prints it
            exitStatus = o.exit().status();
        }
        err.flush();
        if (bars != null) bars.closeAll(); // bars of loops this input left early (an error, break)
        return new Outcome(o.ok(), o.quit(), !o.ok() && o.failure().keyboardInterrupt());
    }

    /** The terminal as an input's front-end: text on out, warnings on err, reports rendered as text. */
    private InputRunner.Front front(PrintWriter out, PrintWriter err) {
        Output output = output(out, err);
        return new InputRunner.Front() {
            public Output output() {
                return output;
            }

            public PrintWriter out() {
                return out;
            }

            public KeyReader keys() {
                return keys;
            }

            public void reply(Reply reply) {
                if (reply.report() != null) out.print(Renderer.render(reply.report(), reply.format(), settings.style().withAllRows(reply.allRows())));
            }
        };
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
                out.println(settings.values().echo(value, session.echoStyle()));
            }

            public void writeError(String text) {
                out.flush(); // in order with what was printed before
                err.print(text);
                err.flush();
            }

            public void flush() {
                out.flush();
                err.flush();
            }

            public String readLine(String prompt) {
                if (lineInput == null) return Output.super.readLine(prompt);
                err.flush();
                return lineInput.readLine(prompt, out);
            }

            public StdinText stdin() {
                if (lineInput == null) return Output.super.stdin();
                out.flush(); // what was printed shows before a terminal waits
                err.flush();
                return lineInput.stdin();
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

    /** A script's inputs, split as a paste at the prompt is. */
    private List<InputRunner.Input> scriptInputs(String text) {
        List<InputRunner.Input> inputs = new ArrayList<>();
        for (InputAssembler.Chunk c : InputAssembler.split(text, this::isComplete, InputAssembler.Mode.TEXT))
            inputs.add(new InputRunner.Input(c.text(), c.firstLine()));
        return inputs;
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
