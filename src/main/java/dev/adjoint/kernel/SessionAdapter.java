package dev.adjoint.kernel;

import dev.adjoint.command.CommandContext;
import dev.adjoint.command.Commands;
import dev.adjoint.command.InputRunner;
import dev.adjoint.command.Reply;
import dev.adjoint.command.Settings;
import dev.adjoint.lang.Progress;
import dev.adjoint.lang.PyError;
import dev.adjoint.render.AnomalyText;
import dev.adjoint.render.Format;
import dev.adjoint.render.Renderer;
import dev.adjoint.render.ValueFormat;
import dev.adjoint.session.BlankLinesInBlocks;
import dev.adjoint.session.EchoStyle;
import dev.adjoint.session.Output;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.AnomalyReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The kernel's front-end on one session, as the terminal's Shell is the prompt's: both run their
 * inputs through one {@link InputRunner} (so :save, :load and errors behave the same in both);
 * what is the kernel's own is where output goes: what an input prints, shows and warns reaches
 * the cell's {@link Sink} as it happens, a command's report becomes a MIME bundle, and a failure
 * becomes Jupyter's error (a Python type, its message, and the terminal's caret text).
 */
final class SessionAdapter {
    /** Where an input's output goes while it runs. */
    interface Sink {
        /** Text printed by the program (print, :step, a script run by :load). */
        PrintWriter stdout();

        /** Warnings. */
        PrintWriter stderr();

        /** A report or a value to show in its richest form (the last one a cell shows is its result, Out[n]). */
        void show(MimeBundle bundle);

        /** display(x): shown at once as a display, never the cell's result (IPython's display returns None). */
        default void display(MimeBundle bundle) {
            show(bundle);
        }

        /** input(prompt): a line the front-end was asked for; IPython's StdinNotImplementedError where it cannot be asked. */
        default String readLine(String prompt) {
            throw new PyError(STDIN_NOT_IMPLEMENTED, "raw_input was called, but this frontend does not support input requests.");
        }

        /** The number of the cell being run (its execution count: tracebacks say "Cell In[7]"), or 0. */
        default int cell() {
            return 0;
        }

        /** A progress display for a loop of {@code total} steps. */
        default Progress progress(String label, long total) {
            return Progress.NONE;
        }
    }

    /** IPython's exception for input() where the front-end takes no input (allow_stdin false). */
    static final String STDIN_NOT_IMPLEMENTED = "IPython.core.error.StdinNotImplementedError";

    /** A failed input, as Jupyter reports it: a type, the message, and the traceback ({@link CellTraceback}). */
    record Failure(String ename, String evalue, InputRunner.Failure failure) {
        /** The failure both front-ends share, in Jupyter's terms: Ctrl-C is Python's KeyboardInterrupt. */
        static Failure of(InputRunner.Failure f) {
            String ename = f.interrupted() ? "KeyboardInterrupt" : f.error().className(); // IPython's ename is the class's __name__
            return new Failure(ename, f.error().detail(), f);
        }

        /** The traceback of this failure in cell number {@code count}, whose text was {@code cell}. */
        List<String> traceback(String cell, int count) {
            return CellTraceback.of(failure, ename, cell, count);
        }

        /**
         * The note that what the cell did before its error was undone, for its stderr after the
         * traceback (IPython keeps it, so the traceback stays IPython's); null when there is none to
         * give (a script run by :load has it in its text).
         */
        String undoneNote() {
            return failure.undone() && failure.sourceName() == null ? InputRunner.Failure.UNDONE_NOTE + "\n" : null;
        }
    }

    /** How an input ended: a failure or null, and whether it asked to quit. */
    record Outcome(Failure failure, boolean quit) {}

    /**
     * The session, made on a thread of its own ({@link #start}) once the sockets are bound: the
     * engine's start-up (the builtins, the interpreter) then overlaps with the front-end's first
     * requests, and kernel_info is answered without waiting for it. Whatever needs the session
     * waits in {@link #session()}; if nobody started it, the first to ask makes it.
     */
    private final FutureTask<Session> made = new FutureTask<>(() -> new Session().inNotebook());
    private final Settings settings;
    private final InputRules rules;
    private final Commands commands = new Commands();
    private final InputRunner inputs;
    /** The IPython magics of this kernel, and what they keep (the extensions loaded). */
    final Magics magics = new Magics(this);

    /** {@code settings} without colour: text/plain is what the terminal shows, uncoloured; HTML carries the colours. */
    SessionAdapter(Settings settings, InputRules rules) {
        this.settings = settings;
        this.rules = rules;
        this.inputs = new InputRunner(this::session, settings, commands, text -> rules.split(text, session()));
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

    /**
     * A cell's inputs, split by the prompt's rules (a blank line inside a block does not end it); a
     * help line ({@code f?}, {@code f??}, {@code ?f}) at the top level is an input of its own wherever
     * it stands, as IPython's transformer makes it a call of its own (after a def in the same cell too).
     */
    List<InputRunner.Input> split(String cell) {
        String[] lines = BlankLinesInBlocks.keepBlocksTogether(cell).split("\n", -1);
        List<InputRunner.Input> inputs = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!IPythonLine.isHelpLine(lines[i])) continue;
            String before = String.join("\n", java.util.Arrays.asList(lines).subList(start, i));
            if (dev.adjoint.lang.Completeness.insideStringOrBrackets(before)) continue; // a line of a string, not a help line
            splitCode(before, start, inputs);
            inputs.add(new InputRunner.Input(lines[i], i + 1));
            start = i + 1;
        }
        splitCode(String.join("\n", java.util.Arrays.asList(lines).subList(start, lines.length)), start, inputs);
        return inputs;
    }

    /** The inputs of code that starts after {@code linesBefore} lines of its cell, numbered in the cell. */
    private void splitCode(String code, int linesBefore, List<InputRunner.Input> inputs) {
        if (code.isBlank()) return;
        for (InputRunner.Input in : rules.split(code, session())) inputs.add(new InputRunner.Input(in.text(), in.firstLine() + linesBefore));
    }

    /** Runs one input on the calling thread; its output goes to the sink as it is produced. */
    Outcome run(InputRunner.Input input, Sink sink) {
        return run(input, sink, ALL_VALUES);
    }

    /** Shows the value of every expression statement, as the prompt does. */
    static final int ALL_VALUES = -1;

    /**
     * {@link #run(InputRunner.Input, Sink)}, showing the value of the input's {@code shown}-th
     * top-level expression statement only (from 1; 0 for none, {@link #ALL_VALUES} for each), as
     * {@link LastExpression} chose it.
     */
    Outcome run(InputRunner.Input input, Sink sink, int shown) {
        try {
            Optional<IPythonLine> ipython = IPythonLine.of(input.text());
            if (ipython.isPresent()) return ipython(ipython.get(), input, sink, shown);
            InputRunner.Outcome o = inputs.run(input.text(), null, input.firstLine(), front(sink, shown));
            if (o.exit() != null && o.exit().message() != null) sink.stderr().println(o.exit().message());
            return new Outcome(o.ok() ? null : Failure.of(o.failure()), o.quit());
        } finally {
            sink.stdout().flush();
            sink.stderr().flush();
        }
    }

    /** A line of IPython's syntax: a magic ({@link Magics}), NAME? as :help NAME, a shell escape skipped with a note. */
    private Outcome ipython(IPythonLine line, InputRunner.Input input, Sink sink, int shown) {
        if (line.kind() == IPythonLine.Kind.MAGIC) return magics.line(line, input, sink, shown);
        if (line.kind() == IPythonLine.Kind.SHELL) {
            sink.stderr().println(IPythonLine.skipNote(input.text()));
            return new Outcome(null, false);
        }
        if (line.kind() == IPythonLine.Kind.HELP) {
            Optional<String> text = line.asksForSource() ? inspectSource(line.args()) : inspect(line.args());
            if (text.isPresent()) {
                sink.stdout().print(text.get());
                sink.stdout().flush();
                return new Outcome(null, false);
            }
        }
        return new Outcome(Failure.of(new InputRunner.Failure(line.refusal(), input.text(), null, input.firstLine())), false);
    }

    /**
     * Runs code a magic made (%timeit's timing function) through the session, not as an input of
     * the user's: not saved by :save, its values neither shown nor kept in `_`; what it prints goes
     * to the sink; its error is thrown.
     */
    void runQuietly(String code, Sink sink) {
        session().eval(code, output(sink, 0));
    }

    /** %run FILE: the file as __main__ in a namespace of its own, its names the notebook's after (Session#runMain); its error is thrown. */
    void runMain(java.nio.file.Path file, List<String> arguments, boolean asModule, boolean inSession, Sink sink) {
        session().runMain(file, arguments, asModule, inSession, output(sink, 0));
    }

    /** %%capture NAME: NAME is IPython's CapturedIO of what the cell printed and showed. */
    void bindCaptured(String name, String stdout, String stderr, List<Map<String, String>> outputs) {
        session().bindCaptured(name, stdout, stderr, outputs);
    }

    /** A magic's value (%pwd's folder, %env's value) shown as a cell's value is: Out[n] when it ends the cell, and `_`. */
    void showValue(Object value, Sink sink) {
        output(sink, ALL_VALUES).show(value);
    }

    /** os.environ of the session (the process's environment as the program sees it, with what %env set). */
    Object environ() {
        return session().environ();
    }

    /** %env: a copy of the environment with the values of names holding key, token or secret hidden, as IPython shows it. */
    Object environWithSecretsHidden() {
        return session().environWithSecretsHidden();
    }

    /** One variable of that environment, or null. */
    String environ(String name) {
        return session().environ(name);
    }

    /** %env NAME=VALUE: sets it for the program (os.environ, os.getenv); no other process sees it. */
    void setEnviron(String name, String value) {
        session().setEnviron(name, value);
    }

    /** The session's names and values, in the order they were first bound. */
    Map<String, Object> variables() {
        return session().variables();
    }

    /** The names %who and %whos may list: the session's, less In and Out while they hold IPython's own history (IPython's user_ns_hidden). */
    Map<String, Object> userVariables() {
        Map<String, Object> names = new java.util.LinkedHashMap<>(session().variables());
        names.entrySet().removeIf(e -> session().isNotebookHistory(e.getKey(), e.getValue()));
        return names;
    }

    /** The value the session binds to {@code name}, or null. */
    Object lookup(String name) {
        return session().lookup(name);
    }

    /** The cell as an input's front-end: text to the sink's streams, reports and values as MIME bundles; no keys, so :step prints every step. */
    private InputRunner.Front front(Sink sink, int shown) {
        Output output = output(sink, shown);
        return new InputRunner.Front() {
            public Output output() {
                return output;
            }

            public PrintWriter out() {
                return sink.stdout();
            }

            public int cell() {
                return sink.cell();
            }

            public void reply(Reply reply) {
                if (reply.report() == null) return;
                sink.stdout().flush();
                sink.show(ReportBundle.of(reply.report(), reply.format(), settings.style().withAllRows(reply.allRows())));
            }
        };
    }

    /** What the cell being run showed as its result (IPython's Out), or {@link #NO_RESULT}. */
    private volatile Object cellResult = NO_RESULT;
    private static final Object NO_RESULT = new Object();

    /** Before cell number {@code count} runs {@code code}: IPython's In[count] (see Session#recordNotebookInput). */
    void beginCell(int count, String code) {
        cellResult = NO_RESULT;
        session().recordNotebookInput(count, code);
    }

    /** After it: its result, if it showed one, is Out[count] and _count. */
    void finishCell(int count) {
        if (cellResult != NO_RESULT) session().recordNotebookResult(count, cellResult);
        cellResult = NO_RESULT;
    }

    private Output output(Sink sink, int shown) {
        return new Output() {
            /** Top-level expression statements met so far (the interpreter asks showsValues once for each). */
            private int met;

            public void print(String line) {
                sink.stdout().println(line);
            }

            public String readLine(String prompt) {
                sink.stdout().flush();
                return sink.readLine(prompt);
            }

            public void write(String text) {
                sink.stdout().print(text); // print(..., end=''): no newline of our own
            }

            public void show(Object value) {
                cellResult = value;
                showValue(value);
            }

            /** display(x): shown as a value is, but not the cell's result. */
            public void display(List<Object> values) {
                for (Object v : values) {
                    sink.stdout().flush();
                    sink.display(bundle(v));
                }
            }

            private void showValue(Object value) {
                sink.stdout().flush();
                sink.show(bundle(value));
            }

            private MimeBundle bundle(Object value) {
                EchoStyle style = session().echoStyle();
                String pretty = ValueFormat.displays(value, style) ? null : session().ipythonText(value); // a tensor in adjoint's display: the echo's
                return ReportBundle.value(value, settings.values(), style, pretty, session().richReprs(value));
            }

            /** Only the shown expression sets `_` (and has its repr made), as IPython's display hook. */
            public boolean showsValues() {
                return shown == ALL_VALUES || ++met == shown;
            }

            public void writeError(String text) {
                sink.stderr().print(text);
            }

            public void flush() {
                sink.stdout().flush();
                sink.stderr().flush();
            }

            public void warn(String message) {
                sink.stderr().println("warning: " + message);
            }

            public void anomaly(AnomalyReport report) {
                warn(AnomalyText.describe(report));
            }

            public Progress progress(String label, long total) {
                sink.stdout().flush();
                return sink.progress(label, total);
            }
        };
    }

    /** Whether every input of the code that is not a command parses (is_complete's "invalid" when not). */
    boolean parses(String code) {
        return LastExpression.parses(split(code));
    }

    /** Empty when the code would run as it stands; else the indent for its next line. */
    Optional<String> continuation(String code) {
        return rules.continuation(code, session());
    }

    InputRules.Completion complete(String code, int cursor) {
        return rules.complete(session(), commands, code, cursor);
    }

    /**
     * What a notebook's inspect (Shift-Tab, {@code NAME?}) shows for a dotted name or :command: a name
     * bound in the session as IPython shows it (a library function by its own signature, a value by
     * its type and text); else :help's text of a command, lecture function or topic. A dotted name
     * that is not bound is not answered by its last part's help (np.zeros is not the lecture's zeros).
     */
    /** NAME?? in a cell: a function's source as IPython's pinfo2 shows it, else what NAME? shows. */
    private Optional<String> inspectSource(String word) {
        Optional<String> text;
        try {
            text = session().inspectSource(word);
        } catch (RuntimeException e) {
            text = Optional.empty();
        }
        return text.isPresent() ? text : inspect(word);
    }

    Optional<String> inspect(String word) {
        if (word.startsWith(":")) return help(word);
        Optional<String> bound;
        try {
            bound = session().inspect(word);
        } catch (RuntimeException e) {
            bound = Optional.empty();
        }
        return bound.isPresent() || word.contains(".") ? bound : help(word);
    }

    /** What {@code :help NAME} says, if it knows the name. */
    Optional<String> help(String name) {
        try {
            String line = ":help " + name;
            Reply reply = commands.run(commands.commandOf(line), line, new CommandContext(session(), settings, new PrintWriter(new StringWriter()), inputs, null));
            return reply.report() == null ? Optional.empty() : Optional.of(Renderer.render(reply.report(), Format.TEXT, settings.style()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
