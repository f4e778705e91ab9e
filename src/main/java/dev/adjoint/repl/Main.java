package dev.adjoint.repl;

import dev.adjoint.scope.Scope;
import dev.adjoint.command.ScriptFile;
import dev.adjoint.command.Settings;
import dev.adjoint.kernel.KernelMain;
import dev.adjoint.kernel.KernelSpec;
import dev.adjoint.kernel.KernelTraining;
import dev.adjoint.lang.Builtins;
import dev.adjoint.render.Format;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.adjoint.files.ScriptFolder;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;

/**
 * The command line (SPEC §4): {@code adjoint [-i] [-e STMT]... [-c CMD | FILE] [ARG...] [options]}.
 * Picks one of three ways to run: statements, a Python command and/or a script (stop at the first
 * error, exit 1), plain lines from a pipe (no prompt, no colour, no terminal; errors do not stop
 * it), or the interactive prompt when stdin and stdout are both a terminal; with -i, the first,
 * then one of the others in the same session (python3 -i). Exit codes: 0 ok, 1 script error, 2 bad options.
 */
public final class Main implements Callable<Integer> {
    // the options (CommandLineOptions sets them from the command line); these are the defaults
    Path file;
    /** What follows FILE on the command line: the script's sys.argv[1:]. */
    List<String> scriptArguments = List.of();
    List<String> statements = new ArrayList<>();
    /** -c CMD: a Python program given on the command line (python3 -c), or null. */
    String command;
    /** -i: after the statements, command or script, the prompt (or the rest of a pipe) in the same session. */
    boolean inspect;
    boolean noColor;
    int precision = 3;
    Format format = Format.TEXT;
    boolean ascii;
    long maxElements = dev.adjoint.session.Session.DEFAULT_MAX_ELEMENTS;
    double timeout;
    Path kernel;
    boolean installKernel;
    boolean user;
    Path prefix;

    private final InputStream stdin;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final boolean terminal;
    /** Whether the jar is older than its sources: answered before the first input runs (see {@link StaleJarCheck}). */
    private StaleJarCheck staleJar = StaleJarCheck.NONE;

    Main(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminal = terminal;
    }

    /** Set by {@link #main}: this run is the whole process, so a --timeout may end it. */
    private static volatile boolean ownsProcess;

    public static void main(String[] args) {
        StaleJarCheck staleJar = StaleJarCheck.of(args);
        ownsProcess = true;
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        int[] code = {0};
        // The whole session runs on a thread with a large stack, so deep user recursion in a
        // script meets the interpreter's own limit rather than the JVM's.
        Thread session = new Thread(null, () -> {
            try {
                code[0] = run(args, in, out, err, isTerminal(), staleJar);
            } catch (Throwable t) { // whatever escapes is one line and exit 1, never a stack trace and exit 0
                code[0] = 1;
                Outputs.of(out, err).err().println("adjoint: " + EvalRunner.describe(t));
            }
        }, "adjoint", EvalRunner.STACK_SIZE);
        session.start();
        try {
            session.join();
        } catch (InterruptedException e) {
            code[0] = KEYBOARD_INTERRUPT_STATUS;
        }
        System.exit(code[0]);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        return run(args, in, out, err, terminal, StaleJarCheck.NONE);
    }

    private static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal, StaleJarCheck staleJar) {
        Main main = new Main(in, out, err, terminal);
        main.staleJar = staleJar;
        // with no arguments (the prompt, a pipe), or only -e STMT and FILE ARG..., picocli is never loaded
        if (args.length > 0 && !PlainArguments.read(args, main)) {
            // picocli's parse (old bytecode, interpreted at every start) and the language's table
            // of builtins (mostly linking its lambdas) are independent: on a second core the table
            // is ready about when the options are
            Thread builtins = new Thread(Builtins::prepare, "adjoint-builtins");
            builtins.setDaemon(true);
            builtins.start();
            // what picocli prints (--help, --version, an error) waits for the jar's check
            ByteArrayOutputStream cliOut = new ByteArrayOutputStream(), cliErr = new ByteArrayOutputStream();
            Integer answered = CommandLineOptions.parse(args, main, cliOut, cliErr);
            if (answered != null && staleJar.stale()) return staleJar.rebuildAndRun();
            try {
                cliOut.writeTo(out);
                cliErr.writeTo(err);
            } catch (IOException e) {
                return 1; // stdout or stderr closed: nothing more to say
            }
            if (answered != null) return answered;
        }
        try {
            return main.call();
        } catch (RuntimeException | Error e) {
            Outputs.of(out, err).err().println("adjoint: " + EvalRunner.describe(e));
            return 1;
        }
    }

    @Override
    public Integer call() {
        if (kernel != null || installKernel) return jupyter();
        boolean batch = file != null || command != null || !statements.isEmpty();
        boolean interactive = terminal && !batch;
        boolean color = terminal && !noColor && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        // the prompt's terminal (jline parses its terminfo, the largest part of the prompt's start)
        // is built on a second core while the session is made
        ReplLoop.EarlyTerminal early = interactive ? ReplLoop.EarlyTerminal.start() : null;
        Shell shell = new Shell(new ShellOptions(color, precision, format.label(), ascii));
        shell.session().setMaxElements(maxElements);
        if (file != null || command != null) { // sys.argv as CPython gives it a script (its name as typed) or -c, then the arguments
            List<String> argv = new ArrayList<>(List.of(file != null ? file.toString() : "-c"));
            argv.addAll(scriptArguments);
            shell.session().setArgv(argv);
            if (file != null) shell.session().setScriptFile(file);
        }
        if (staleJar.stale()) { // before any input is read or output written: the launcher builds and runs the new jar
            if (early != null) early.settle(); // its signal handlers set before the ones that wait
            return staleJar.rebuildAndRun();
        }
        if (interactive) return ReplLoop.run(shell, color, version(), stderr, early);

        Outputs io = terminal ? atTerminal(Outputs.of(stdout, stderr), shell) : Outputs.of(stdout, stderr);
        String timedOut = "adjoint: stopped: the --timeout of " + (timeout == Math.rint(timeout) ? String.valueOf((long) timeout) : String.valueOf(timeout)) + " s ran out";
        Runnable stuck = !ownsProcess ? null : () -> { // e.g. a pipe that waits for input: end the process
            io.out().flush();
            io.err().println(timedOut);
            io.err().flush();
            System.exit(124);
        };
        EvalRunner runner = new EvalRunner(shell, io.out(), io.err());
        shell.session().keepWhatFailedInputsDid(inspect && batch); // -i: the prompt sees the names as the error left them, as python3 -i's
        try (Timeout clock = Timeout.start(timeout, Thread.currentThread(), stuck)) {
            int code = runWithoutTerminal(runner, shell, io, batch, clock);
            if (clock.expired()) {
                io.err().println(timedOut);
                return 124;
            }
            if (!inspect || !batch) return code;
        } finally {
            Thread.interrupted(); // a timeout that fired at the very end must not outlive the run
        }
        // -i: the session goes on, whatever the batch's end (an error, exit()), as python3 -i's does
        shell.session().keepWhatFailedInputsDid(false);
        if (terminal) return ReplLoop.run(shell, color, version(), stderr, null);
        return PlainLoop.runPiped(runner, shell, stdin);
    }

    /** A script run at a terminal shows progress(loader)'s bars and draws :graph for its width, as the prompt does. */
    private static Outputs atTerminal(Outputs plain, Shell shell) {
        IntSupplier width = TerminalWidth.ofStdout();
        ProgressBars bars = new ProgressBars(plain.err(), width);
        shell.setProgressBars(bars);
        shell.setTerminalWidth(width);
        return plain.clearingBarsOf(bars);
    }

    /** Statements, a command and/or a script (stop at the first error), or piped input (errors do not stop it). */
    private int runWithoutTerminal(EvalRunner runner, Shell shell, Outputs io, boolean batch, Timeout clock) {
        runner.stopWhen(clock::expired); // once the time is up, nothing more runs
        if (ownsProcess) NativeSignals.register("INT", () -> keyboardInterrupt(runner, io));
        if (batch) shell.setLineInput(new StdinLines(stdin)); // input() in a script reads its stdin
        if (!batch) {
            int code = PlainLoop.runPiped(runner, shell, stdin);
            runner.atExit();
            if (System.getenv("ADJOINT_CDS_TRAINING") != null) {
                CdsTraining.prompt(shell);
                KernelTraining.run(kernelSettings(), PromptRules.INSTANCE); // the kernel's classes in the archive too
            }
            return code;
        }
        int status = runner.asOneProgram(() -> runProgram(runner, shell, io));
        if (runner.wasInterrupted() && Thread.interrupted()) { // a Ctrl-C after the last input: the run ends as it would have between inputs
            io.out().flush();
            io.err().println(ReplLoop.KEYBOARD_INTERRUPT);
            return KEYBOARD_INTERRUPT_STATUS;
        }
        return status;
    }

    /** -e statements, then -c or a script, stopping at the first error: one program. */
    private int runProgram(EvalRunner runner, Shell shell, Outputs io) {
        for (int i = 0; i < statements.size(); i++) {
            String source = statements.size() == 1 ? "-e" : "-e#" + (i + 1);
            PlainLoop.Result r = PlainLoop.runText(runner, shell, statements.get(i), source);
            if (r != PlainLoop.Result.OK) return exitStatus(r, shell);
        }
        if (command != null) {
            int status = exitStatus(PlainLoop.runPython(runner, command, COMMAND_SOURCE), shell);
            if (!inspect) runner.atExit();
            return status;
        }
        if (file == null) return 0;
        String text;
        try {
            text = ScriptFile.read(file, file.toString()); // the limits of :load: size, devices, FIFOs, binary
        } catch (ScriptFile.Unusable e) {
            io.err().println("adjoint: " + e.getMessage());
            return e.missing() ? 2 : 1;
        }
        try (Scope folder = ScriptFolder.enter(file)) { // its relative names are its folder's
            int status = exitStatus(PlainLoop.runText(runner, shell, text, file.toString()), shell);
            if (!inspect) runner.atExit(); // python3 -i runs them when the prompt ends
            return status;
        }
    }

    /** Where -c's command is, in its tracebacks: CPython's name for it. */
    private static final String COMMAND_SOURCE = "<string>";

    private static int exitStatus(PlainLoop.Result r, Shell shell) {
        return switch (r) {
            case OK -> 0;
            case ERROR -> 1;
            case KEYBOARD_INTERRUPT -> KEYBOARD_INTERRUPT_STATUS;
            case QUIT -> shell.exitStatus();
        };
    }

    /**
     * Ctrl-C (SIGINT) in a script, -e or a pipe: a KeyboardInterrupt in the running input, which
     * {@code except} and {@code finally} see, as in CPython; between inputs (a pipe waiting for its
     * next line) it ends the run as CPython's uncaught KeyboardInterrupt does: exit status 130.
     */
    private static void keyboardInterrupt(EvalRunner runner, Outputs io) {
        if (runner.interrupt()) return;
        io.out().flush();
        io.err().println(ReplLoop.KEYBOARD_INTERRUPT);
        io.err().flush();
        System.exit(KEYBOARD_INTERRUPT_STATUS);
    }

    /** The exit status of a run a KeyboardInterrupt ended: CPython's (128 + SIGINT). */
    static final int KEYBOARD_INTERRUPT_STATUS = 130;

    /** --kernel and --install-kernel (the display options given with --install-kernel go into the kernelspec). */
    private int jupyter() {
        if (staleJar.stale()) return staleJar.rebuildAndRun();
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8), err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        if (kernel != null) return KernelMain.run(kernel, kernelSettings(), PromptRules.INSTANCE, version(), err);
        List<String> options = new ArrayList<>(List.of("--precision", String.valueOf(precision), "--format", format.label()));
        if (ascii) options.add("--ascii");
        return KernelSpec.install(user, prefix, options, out, err);
    }

    /** The kernel's display settings: the command line's, without colour (a notebook's HTML carries the colours). */
    private Settings kernelSettings() {
        return new Settings(precision, format, ascii, false);
    }

    /** Version from the jar manifest's Implementation-Version; "dev" when run from classes. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Whether stdin and stdout are both a terminal. scripts/adjoint has asked (isatty) and says so in
     * the property adjoint.terminal: at a terminal System.console() makes a Console, whose Formatter
     * compiles its pattern in the interpreter (~3% of the prompt's start). Otherwise: on JDK 17 that is
     * exactly System.console() != null; later JDKs always return a console and answer with
     * Console.isTerminal().
     */
    static boolean isTerminal() {
        String told = System.getProperty("adjoint.terminal");
        if (told != null) return Boolean.parseBoolean(told);
        java.io.Console console = System.console();
        if (console == null) return false;
        if (Runtime.version().feature() < 22) return true;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
