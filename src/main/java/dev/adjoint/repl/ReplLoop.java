package dev.adjoint.repl;

import dev.adjoint.lang.Builtins;
import dev.adjoint.session.BlankLinesInBlocks;

import java.io.IOError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * The interactive prompt (stdin and stdout both a terminal): jline line editing with history in
 * ~/.adjoint_history (or $ADJOINT_HISTORY), a block as one history entry, ">>> " and "... "
 * prompts with auto-indent, Tab completion, syntax highlighting. Ctrl-C at the prompt drops the
 * line; Ctrl-C during an evaluation interrupts it; Ctrl-D on an empty line quits.
 */
final class ReplLoop {
    static final String PROMPT = ">>> ";
    static final String CONTINUATION = "... ";
    /** What Ctrl-C at a prompt prints before a fresh one, as Python's prompt does. */
    static final String KEYBOARD_INTERRUPT = "KeyboardInterrupt";
    private static final String INDENT_OR_COMPLETE = "adjoint-indent-or-complete";
    private static final String TYPED_SPACE = "adjoint-typed-space", LEVEL_BACKSPACE = "adjoint-level-backspace";
    /** How long after Enter (or Tab) a waiting key still counts as pasted with it. */
    private static final long TYPEAHEAD_MILLIS = 20;
    /**
     * jline reports its troubles (no terminfo for an unknown TERM, say) through java.util.logging,
     * with stack traces, and copes with them itself; the user should see neither. Held here so
     * the logger, and the level set on it, are not garbage collected.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private ReplLoop() {}

    /** {@code early}: the terminal already being built (see {@link EarlyTerminal}), or null. */
    static int run(Shell shell, boolean color, String version, OutputStream stderr, EarlyTerminal early) {
        if (DumbPrompt.isDumb(System.getenv("TERM"))) return DumbPrompt.run(shell, version, stderr, historyFile());
        Terminal terminal;
        try {
            terminal = early != null ? early.get() : systemTerminal();
        } catch (IOException | RuntimeException e) {
            // no usable terminal after all: read plainly
            Outputs io = Outputs.of(System.out, stderr);
            return PlainLoop.runPiped(new EvalRunner(shell, io.out(), io.err()), shell, System.in);
        }
        if (terminal.getWidth() <= 0) terminal.setSize(new Size(80, 24)); // a pty nobody sized
        PasteReader bare = early != null ? early.reader() : null;
        try (terminal) {
            return loop(terminal, bare != null ? bare : bareReader(terminal), shell, color, version, stderr, historyFile());
        } catch (IOException e) {
            return 0; // closing the terminal failed: nothing left to do
        }
    }

    /**
     * The JNI terminal, directly: the default provider search also asks the exec provider, which
     * runs {@code test -t 1}, and jline runs {@code infocmp} for capabilities it bundles anyway;
     * both subprocesses together cost tens of milliseconds of start-up. The terminal reads its
     * description quickly ({@link QuickSystemTerminal}) where it can. If JNI is not usable
     * (say, a noexec temporary directory for its native library), jline's own search decides.
     */
    static Terminal systemTerminal() throws IOException {
        quietJline();
        String type = System.getenv("TERM");
        if (type != null && InfoCmp.getLoadedInfoCmp(type) == null) {
            String bundled = bundledInfoCmp(type);
            if (bundled != null) InfoCmp.setLoadedInfoCmp(type, bundled);
        }
        try {
            TerminalBuilder jni = withEncoding(TerminalBuilder.builder().name("adjoint").system(true).jni(true).exec(false).ffm(false).dumb(false));
            Terminal quick = QuickSystemTerminal.open("adjoint", jni);
            return quick != null ? quick : jni.build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return withEncoding(TerminalBuilder.builder().name("adjoint").system(true)).build();
        }
    }

    /**
     * jline's bundled description of a common terminal type (xterm-256color, screen, ...), the
     * text {@link InfoCmp#getDefaultInfoCmp} gives, read with the JDK's UTF-8 decoder: jline reads
     * it through its own copy of an old InputStreamReader, still interpreted at that point (~15%
     * of the prompt's start-up samples). Null for a type jline does not bundle.
     */
    static String bundledInfoCmp(String type) {
        if (type.isEmpty() || type.indexOf('/') >= 0) return null; // a name, not a path to another resource
        try (java.io.InputStream in = InfoCmp.class.getResourceAsStream(type + ".caps")) {
            if (in == null) return null;
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
            return text.endsWith("\n") ? text : text + "\n"; // jline joins the lines with a newline after each
        } catch (IOException e) {
            return InfoCmp.getDefaultInfoCmp(type);
        }
    }

    /**
     * The default charset, which jline falls back to when no encoding is given, but only after
     * asking for Windows code page 0 ("ms0", "cp0") by name: a lookup that loads the JDK's
     * extended charsets (hundreds of them, sorted by case-insensitive name), a quarter of the
     * prompt's start-up samples. jline's own properties for an encoding still decide if set.
     */
    static TerminalBuilder withEncoding(TerminalBuilder builder) {
        if (System.getProperty("org.jline.terminal.encoding") == null && System.getProperty("org.jline.terminal.codepage") == null)
            builder.encoding(java.nio.charset.Charset.defaultCharset());
        return builder;
    }

    /**
     * The system terminal, built on a thread of its own from the start of the program: jline parses
     * its terminfo description there (interpreted code, then the largest part of the prompt's
     * start) while the session thread makes the session. Nothing when TERM is dumb (no jline
     * terminal then).
     */
    static final class EarlyTerminal {
        private final java.util.concurrent.CompletableFuture<Terminal> result = new java.util.concurrent.CompletableFuture<>();
        /** The bare line reader on that terminal, made on the same thread; null if it could not be. */
        private volatile PasteReader reader;

        static EarlyTerminal start() {
            if (DumbPrompt.isDumb(System.getenv("TERM"))) return null;
            EarlyTerminal early = new EarlyTerminal();
            Thread builder = new Thread(() -> {
                try {
                    Terminal terminal = systemTerminal();
                    try {
                        early.reader = bareReader(terminal);
                    } catch (RuntimeException e) { // the session's thread makes it again and reports what goes wrong
                        early.reader = null;
                    }
                    early.result.complete(terminal);
                } catch (Throwable e) {
                    early.result.completeExceptionally(e);
                }
            }, "adjoint-terminal");
            builder.setDaemon(true);
            builder.start();
            return early;
        }

        /** The bare line reader made with the terminal (after {@link #get}), or null. */
        PasteReader reader() {
            return reader;
        }

        /** The terminal, or what building it threw. */
        Terminal get() throws IOException {
            try {
                return result.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }

        /** Waits until the terminal is built (or could not be), without using it. */
        void settle() {
            result.handle((terminal, failure) -> null).join();
        }
    }

    /** jline's own logging stays off (see JLINE_LOG). */
    static void quietJline() {
        JLINE_LOG.setLevel(Level.OFF);
    }

    /** The prompt on {@code terminal} until Ctrl-D or :quit (CdsTraining runs it on an in-memory terminal). */
    static int loop(Terminal terminal, PasteReader bare, Shell shell, boolean color, String version, OutputStream stderr, Path historyFile) {
        Outputs raw = Outputs.of(terminal.writer(), stderr);
        ProgressBars bars = new ProgressBars(raw.err(), TerminalWidth.of(terminal));
        shell.setProgressBars(bars);
        shell.setTerminalWidth(TerminalWidth.of(terminal));
        Outputs io = raw.clearingBarsOf(bars);
        EvalRunner runner = new EvalRunner(shell, io.out(), io.err());
        shell.setKeyReader(new TerminalKeys(terminal)); // :step reads single keys at the prompt
        shell.setLineInput(new TerminalLines(terminal)); // input() reads a line of the terminal
        PasteReader reader = configure(bare, shell, shell::isComplete, color, historyFile);
        PromptHistory history = (PromptHistory) reader.getHistory();
        history.attach(reader); // loads the file now, so that a problem with it is said before the banner
        reportOnce(history, io);
        terminal.handle(Terminal.Signal.INT, signal -> {
            bars.interrupted(); // no bar draws again; the line keeps the bar and the "^C"
            if (runner.interrupt()) io.out().println(); // after the terminal's "^C"
        });

        String prompt = prompt(terminal, color);
        io.out().println("adjoint " + version + " \u2014 :help for commands, Ctrl-D to quit");
        io.out().flush();
        // jline's editing widgets and Python's builtins are made while the user reads the banner and
        // types, not before the prompt
        Thread builtins = new Thread(() -> {
            reader.makeWidgets();
            Builtins.prepare();
        }, "adjoint-builtins");
        builtins.setDaemon(true);
        builtins.start();
        while (true) {
            String text;
            try {
                text = reader.readLine(prompt);
                reportOnce(history, io); // the entry could not be appended
            } catch (UserInterruptException e) {
                io.out().println(KEYBOARD_INTERRUPT); // Ctrl-C at the prompt drops the line, or the block begun
                io.out().flush();
                continue;
            } catch (EndOfFileException e) {
                break; // Ctrl-D
            }
            runner.beginInputs();
            try {
                // several lines at once come from a paste: blank lines inside its blocks keep them together, as in a file
                String lines = text.indexOf('\n') >= 0 ? BlankLinesInBlocks.keepBlocksTogether(text) : text;
                for (InputAssembler.Chunk chunk : InputAssembler.split(lines, shell::isComplete)) {
                    Shell.Outcome outcome = runner.runOnWorker(chunk, null); // no file name at the prompt
                    if (outcome.quit()) return shell.exitStatus();
                    if (runner.wasInterrupted()) break; // Ctrl-C also drops the rest of a pasted block
                }
            } finally {
                runner.endInputs();
            }
        }
        return 0;
    }

    static void reportOnce(PromptHistory history, Outputs io) {
        String problem = history.takeProblem();
        if (problem != null) io.err().println(problem);
    }

    static String prompt(Terminal terminal, boolean color) {
        return color
                ? new AttributedString(PROMPT, AttributedStyle.BOLD.foreground(AttributedStyle.GREEN)).toAnsi(terminal)
                : PROMPT;
    }

    /** The line reader of the prompt, with its parser, completer, highlighter, history and key bindings. */
    static LineReader newReader(Terminal terminal, Shell shell, boolean color, Path history) {
        return newReader(terminal, shell, shell::isComplete, color, history);
    }

    /** The same, deciding with {@code isComplete} whether an input needs more lines. */
    static PasteReader newReader(Terminal terminal, Shell shell, Predicate<String> isComplete, boolean color, Path history) {
        return configure(bareReader(terminal), shell, isComplete, color, history);
    }

    /**
     * The line reader before it knows the session. jline's constructor links a lambda for each of
     * its ~150 editing widgets (a third of the prompt's start), so the prompt makes it on the
     * terminal's thread, beside the session ({@link EarlyTerminal}).
     */
    static PasteReader bareReader(Terminal terminal) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.HISTORY_SIZE, 2000);
        variables.put(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION);
        variables.put(LineReader.INDENTATION, 4);
        return new PasteReader(terminal, "adjoint", variables);
    }

    /** {@code reader} with the session's parser, completer, highlighter, history and key bindings. */
    static PasteReader configure(PasteReader reader, Shell shell, Predicate<String> isComplete, boolean color, Path history) {
        reader.setHistory(new PromptHistory(history)); // the file is read and written by HistoryFile, not jline
        reader.setCompleter(new AdjointCompleter(shell));
        reader.setHighlighter(new AdjointHighlighter(color));
        reader.setParser(new AdjointParser(isComplete, () -> typedAhead(reader)));
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true); // '!' is an operator, not history
        reader.option(LineReader.Option.HISTORY_INCREMENTAL, true); // every entry is on disk at once
        reader.option(LineReader.Option.DISABLE_HIGHLIGHTER, !color);
        bindIndentOrComplete(reader);
        bindTypedIndent(reader);
        return reader;
    }

    /**
     * Space and Backspace in leading blanks as {@link TypedIndent} says. Space does not ask whether
     * keys are typed ahead (a paste): a pasted line's own indentation replaces an auto-indent too,
     * and a quick typist's keys queue up on a busy machine.
     */
    private static void bindTypedIndent(LineReader reader) {
        TypedIndent indent = new TypedIndent();
        reader.getWidgets().put(TYPED_SPACE, () -> {
            Buffer buffer = reader.getBuffer();
            buffer.backspace(indent.spaceDeletes(buffer.upToCursor(), buffer.substring(buffer.cursor())));
            buffer.write(" ");
            return true;
        });
        reader.getWidgets().put(LEVEL_BACKSPACE, () -> {
            Buffer buffer = reader.getBuffer();
            int n = TypedIndent.backspaceDeletes(buffer.upToCursor(), buffer.substring(buffer.cursor()));
            if (n == 1) return reader.getWidgets().get(LineReader.BACKWARD_DELETE_CHAR).apply();
            buffer.backspace(n);
            return true;
        });
        for (String name : new String[] {LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(name);
            if (keys == null) continue;
            keys.bind(new Reference(TYPED_SPACE), " ");
            keys.bind(new Reference(LEVEL_BACKSPACE), "\u007f", "\b");
        }
    }

    /**
     * Whether keys are already waiting: after Enter, that is a paste from a terminal without
     * bracketed paste (no one types the next key within a few milliseconds of Enter).
     */
    static boolean typedAhead(PasteReader reader) {
        try {
            return reader.keysWithin(TYPEAHEAD_MILLIS);
        } catch (InterruptedIOException e) {
            // Ctrl-C while waiting (jline's signal handler interrupts the reading thread): this is how
            // jline's own reads report it, and readLine turns it into a UserInterruptException
            throw new IOError(e);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Tab indents when only blanks stand before the cursor on a continuation line, else completes;
     * inside a paste it is the tab character of the pasted text.
     */
    private static void bindIndentOrComplete(PasteReader reader) {
        reader.getWidgets().put(INDENT_OR_COMPLETE, () -> {
            Buffer buffer = reader.getBuffer();
            if (typedAhead(reader)) {
                buffer.write("\t");
                return true;
            }
            String before = buffer.upToCursor();
            String linePrefix = before.substring(before.lastIndexOf('\n') + 1);
            if (before.indexOf('\n') >= 0 && linePrefix.isBlank()) {
                buffer.write("    ");
                return true;
            }
            return reader.getWidgets().get(LineReader.COMPLETE_WORD).apply();
        });
        Reference widget = new Reference(INDENT_OR_COMPLETE);
        for (String name : new String[] {LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(name);
            if (keys != null) keys.bind(widget, "\t");
        }
    }

    static Path historyFile() {
        String override = System.getenv("ADJOINT_HISTORY");
        if (override != null && !override.isBlank()) return Paths.get(override);
        return Paths.get(System.getProperty("user.home"), ".adjoint_history");
    }
}
