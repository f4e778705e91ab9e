package dev.adjoint.repl;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.adjoint.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's definition (SPEC §4), in picocli: {@code adjoint [-i] [-e STMT]... [-c CMD | FILE] [ARG...] [options]},
 * its help, its errors and exit code 2.
 *
 * <p>The model is built with picocli's programmatic API rather than its annotations. Reading
 * annotations costs a generated proxy class per annotation type and reflection over every field,
 * and with picocli's type converters for java.time and java.sql (looked up by reflection, never
 * used here) that was ~200 ms of CPU at every start with arguments: a script started 1.5-2x slower
 * than the same lines piped. Loaded only when there are arguments (see {@link Main#run}).
 */
final class CommandLineOptions {
    private CommandLineOptions() {}

    /**
     * Parses {@code args} into {@code main}'s fields. Returns null to go on and run, or the exit
     * code when the command line has been answered here: 0 after --help or --version, 2 for bad options.
     */
    static Integer parse(String[] args, Main main, OutputStream out, OutputStream err) {
        PrintWriter cliOut = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter cliErr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        // picocli registers converters for these by reflection when a parser is made; none is used
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        // and its factory looks for Groovy's Closure class when it is first used: not found, so the
        // search opened and indexed every jar on the class path (~30 ms of CPU at each such start)
        System.setProperty("picocli.disable.closures", "true");
        Options o = new Options(main);
        CommandSpec spec = o.spec;
        CommandLine cli = new CommandLine(spec);
        cli.setStopAtPositional(true); // everything after FILE is the script's, as `python FILE ARG...`
        cli.setOut(cliOut);
        cli.setErr(cliErr);
        try {
            ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) return 0;
            // read from the option objects themselves: findOption interpolates every option's names at each call
            main.file = o.file.getValue();
            List<String> arguments = o.arguments.getValue();
            main.scriptArguments = arguments == null ? List.of() : List.copyOf(arguments);
            main.statements = o.statements.getValue();
            main.command = o.command.getValue();
            if (main.command != null) { // python3 -c CMD ARG...: every word after CMD is sys.argv[1:]
                main.scriptArguments = List.copyOf(o.commandArguments);
            }
            main.inspect = o.inspect.getValue();
            main.noColor = o.noColor.getValue();
            main.precision = o.precision.getValue();
            main.format = o.format.getValue();
            main.ascii = o.ascii.getValue();
            main.maxElements = o.maxElements.getValue();
            main.timeout = o.timeout.getValue();
            main.kernel = o.kernel.getValue();
            main.installKernel = o.installKernel.getValue();
            main.user = o.user.getValue();
            main.prefix = o.prefix.getValue();
            check(cli, main);
            return null;
        } catch (ParameterException e) {
            cliErr.println("adjoint: " + e.getMessage());
            cliErr.println("Try 'adjoint --help' for the options.");
            return 2;
        }
    }

    /** The options, with {@code main}'s field values as their defaults. */
    private static final class Options {
        final CommandSpec spec;
        final PositionalParamSpec file, arguments;
        /** What followed -c CMD on the command line (the command's sys.argv[1:]), taken whole as python3 takes it. */
        final List<String> commandArguments = new ArrayList<>();
        final OptionSpec statements, command, inspect, noColor, precision, format, ascii, maxElements, timeout, kernel, installKernel, user, prefix;

        Options(Main main) {
            spec = CommandSpec.create().name("adjoint").version("adjoint " + Main.version());
            spec.usageMessage()
                    .sortOptions(false)
                    .autoWidth(true)
                    .description(
                            "A REPL for computational graphs and automatic differentiation.",
                            "With no FILE, -c or -e, reads statements from the prompt (or, when piped, from stdin).")
                    .footer(
                            "",
                            "Examples:",
                            "  adjoint                     start the REPL",
                            "  adjoint lecture.adj         run a script, stop at the first error",
                            "  adjoint -e 'x = 2' -e 'y = x**2' -e ':grad y'",
                            "  adjoint -i train.py         run a script, then stay at the prompt with its names",
                            "  adjoint -c 'import sys; print(sys.argv)' a b",
                            "  printf 'x = 2\\ny = sin(x)\\n:trace y\\n' | adjoint",
                            "",
                            "Exit status: 0 ok, 1 an error in a script, -c or -e statement, 2 bad options, 124 --timeout ran out.");
            spec.addPositional(file = PositionalParamSpec.builder()
                    .index("0").arity("0..1").paramLabel("FILE").type(Path.class)
                    .description("Script to run; stops at the first error with FILE:LINE:COL: message.")
                    .build());
            spec.addPositional(arguments = PositionalParamSpec.builder()
                    .index("1..*").arity("0..*").paramLabel("ARG").type(List.class).auxiliaryTypes(String.class)
                    .description("The script's arguments: sys.argv is [FILE, ARG...] (['-c', ARG...] after -c CMD), as in CPython (options after FILE are its arguments too).")
                    .build());
            spec.addOption(statements = OptionSpec.builder("-e")
                    .paramLabel("STMT").type(List.class).auxiliaryTypes(String.class)
                    .initialValue(new ArrayList<>(main.statements))
                    .description("Run STMT (a statement or a :command), then exit. Repeatable; runs in order before FILE or -c.")
                    .build());
            spec.addOption(command = OptionSpec.builder("-c")
                    .paramLabel("CMD").type(String.class)
                    .parameterConsumer((args, option, cli) -> takeCommand(args, option, cli))
                    .description("Run CMD as a Python program, as python3 -c does (no values echoed, tracebacks name <string>),"
                            + " then exit; every word after CMD is its sys.argv[1:] (sys.argv[0] is '-c'). No FILE with it.")
                    .build());
            spec.addOption(inspect = flag("-i", "After FILE, -c or -e, stay at the prompt with their names, as python3 -i does"
                    + " (errors and exit() in them do not end the run; piped, the rest of stdin runs)."));
            spec.addOption(noColor = flag("--no-color", "No ANSI colours (also when NO_COLOR is set or not at a terminal)."));
            spec.addOption(precision = valued("--precision", "N", int.class, main.precision,
                    "Digits shown after the point, trailing zeros trimmed; a number below 1 keeps at least 3"
                            + " significant digits (default: ${DEFAULT-VALUE})."));
            spec.addOption(format = OptionSpec.builder("--format").paramLabel("FMT").type(Format.class).initialValue(main.format)
                    .converters(CommandLineOptions::format).completionCandidates(FORMATS)
                    .description("Default output of the inspection commands: ${COMPLETION-CANDIDATES} (default: " + main.format.label() + ").")
                    .build());
            spec.addOption(ascii = flag("--ascii", "ASCII symbols only (no Unicode arrows, bars or dots)."));
            spec.addOption(maxElements = valued("--max-elements", "N", long.class, main.maxElements,
                    "Largest tensor an evaluation may create, in elements (default: ${DEFAULT-VALUE}, 800 MB); larger ones are refused before allocating."));
            spec.addOption(timeout = valued("--timeout", "SECONDS", double.class, main.timeout,
                    "Stop a script, -e statements or piped input still running after SECONDS (exit 124). At the prompt, Ctrl-C stops an evaluation."));
            spec.addOption(kernel = valued("--kernel", "CONNECTION_FILE", Path.class, null,
                    "Run as a Jupyter kernel on the ports of CONNECTION_FILE (Jupyter starts this; see --install-kernel)."));
            spec.addOption(installKernel = flag("--install-kernel", "Install the Jupyter kernelspec 'adjoint' (system-wide; --user or --prefix DIR elsewhere), then exit."));
            spec.addOption(user = flag("--user", "With --install-kernel: in the user's Jupyter data directory."));
            spec.addOption(prefix = valued("--prefix", "DIR", Path.class, null,
                    "With --install-kernel: in DIR/share/jupyter/kernels."));
            // what picocli's mixinStandardHelpOptions adds, without its reflection over an annotated mixin
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                    .description("Show this help message and exit.").build());
            spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").type(boolean.class)
                    .description("Print version information and exit.").build());
        }

        /** -c CMD: CMD, then the rest of the command line as the command's arguments, options or not (python3 reads them so). */
        private void takeCommand(java.util.Stack<String> args, picocli.CommandLine.Model.ArgSpec option, CommandSpec cli) {
            if (args.isEmpty())
                throw new ParameterException(cli.commandLine(), "Argument expected for the -c option (-c CMD runs CMD as a Python program; -e STMT runs a statement or a :command)");
            option.setValue(args.pop());
            while (!args.isEmpty()) commandArguments.add(args.pop());
        }
    }

    private static OptionSpec valued(String name, String label, Class<?> type, Object initial, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).initialValue(initial).description(description).build();
    }

    /** The format names as typed: render.Format's labels, so the two lists cannot drift apart. */
    private static final List<String> FORMATS = java.util.Arrays.stream(Format.values()).map(Format::label).toList();

    private static Format format(String name) {
        if (!FORMATS.contains(name)) throw new CommandLine.TypeConversionException("expected one of " + FORMATS + " but was '" + name + "'");
        return Format.parse(name);
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).arity("0").type(boolean.class).initialValue(false).description(description).build();
    }

    /** What picocli cannot check by itself. */
    private static void check(CommandLine cli, Main main) {
        String problem = main.precision < 0 || main.precision > 17
                ? "Invalid value for option '--precision': " + main.precision + " (expected 0 to 17)"
                : main.maxElements < 1
                ? "Invalid value for option '--max-elements': " + main.maxElements + " (expected at least 1)"
                : main.timeout < 0 || Double.isNaN(main.timeout)
                ? "Invalid value for option '--timeout': " + main.timeout + " (expected seconds, 0 for none)"
                : null;
        if (problem != null) throw new ParameterException(cli, problem);
    }
}
