package dev.adjoint.repl;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's definition (SPEC §4), in picocli: {@code adjoint [FILE] [-e STMT]... [options]},
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
        CommandSpec spec = spec(main);
        CommandLine cli = new CommandLine(spec);
        cli.setOut(cliOut);
        cli.setErr(cliErr);
        try {
            ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) return 0;
            main.file = spec.positionalParameters().get(0).getValue();
            main.statements = spec.findOption("-e").getValue();
            main.noColor = spec.findOption("--no-color").getValue();
            main.precision = spec.findOption("--precision").getValue();
            main.format = spec.findOption("--format").getValue();
            main.ascii = spec.findOption("--ascii").getValue();
            main.maxElements = spec.findOption("--max-elements").getValue();
            main.timeout = spec.findOption("--timeout").getValue();
            main.kernel = spec.findOption("--kernel").getValue();
            main.installKernel = spec.findOption("--install-kernel").getValue();
            main.user = spec.findOption("--user").getValue();
            main.prefix = spec.findOption("--prefix").getValue();
            check(cli, main);
            return null;
        } catch (ParameterException e) {
            cliErr.println("adjoint: " + e.getMessage());
            cliErr.println("Try 'adjoint --help' for the options.");
            return 2;
        }
    }

    /** The options, with {@code main}'s field values as their defaults. */
    private static CommandSpec spec(Main main) {
        CommandSpec spec = CommandSpec.create().name("adjoint").version("adjoint " + Main.version());
        spec.usageMessage()
                .sortOptions(false)
                .autoWidth(true)
                .description(
                        "A REPL for computational graphs and automatic differentiation.",
                        "With no FILE and no -e, reads statements from the prompt (or, when piped, from stdin).")
                .footer(
                        "",
                        "Examples:",
                        "  adjoint                     start the REPL",
                        "  adjoint lecture.adj         run a script, stop at the first error",
                        "  adjoint -e 'x = 2' -e 'y = x**2' -e ':grad y'",
                        "  printf 'x = 2\\ny = sin(x)\\n:trace y\\n' | adjoint",
                        "",
                        "Exit status: 0 ok, 1 an error in a script or -e statement, 2 bad options, 124 --timeout ran out.");
        spec.addPositional(PositionalParamSpec.builder()
                .index("0").arity("0..1").paramLabel("FILE").type(Path.class)
                .description("Script to run; stops at the first error with FILE:LINE:COL: message.")
                .build());
        spec.addOption(OptionSpec.builder("-e")
                .paramLabel("STMT").type(List.class).auxiliaryTypes(String.class)
                .initialValue(new ArrayList<>(main.statements))
                .description("Run STMT (a statement or a :command), then exit. Repeatable; runs in order before FILE.")
                .build());
        spec.addOption(flag("--no-color", "No ANSI colours (also when NO_COLOR is set or not at a terminal)."));
        spec.addOption(OptionSpec.builder("--precision")
                .paramLabel("N").type(int.class).initialValue(main.precision)
                .description("Digits shown after the point, trailing zeros trimmed (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(OptionSpec.builder("--format")
                .paramLabel("FMT").type(Main.Format.class).initialValue(main.format)
                .description("Default output of the inspection commands: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(flag("--ascii", "ASCII symbols only (no Unicode arrows, bars or dots)."));
        spec.addOption(OptionSpec.builder("--max-elements")
                .paramLabel("N").type(long.class).initialValue(main.maxElements)
                .description("Largest tensor an evaluation may create, in elements (default: ${DEFAULT-VALUE}, 800 MB); larger ones are refused before allocating.")
                .build());
        spec.addOption(OptionSpec.builder("--timeout")
                .paramLabel("SECONDS").type(double.class).initialValue(main.timeout)
                .description("Stop a script, -e statements or piped input still running after SECONDS (exit 124). At the prompt, Ctrl-C stops an evaluation.")
                .build());
        spec.addOption(OptionSpec.builder("--kernel")
                .paramLabel("CONNECTION_FILE").type(Path.class)
                .description("Run as a Jupyter kernel on the ports of CONNECTION_FILE (Jupyter starts this; see --install-kernel).")
                .build());
        spec.addOption(flag("--install-kernel", "Install the Jupyter kernelspec 'adjoint' (system-wide; --user or --prefix DIR elsewhere), then exit."));
        spec.addOption(flag("--user", "With --install-kernel: in the user's Jupyter data directory."));
        spec.addOption(OptionSpec.builder("--prefix")
                .paramLabel("DIR").type(Path.class)
                .description("With --install-kernel: in DIR/share/jupyter/kernels.")
                .build());
        // what picocli's mixinStandardHelpOptions adds, without its reflection over an annotated mixin
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
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
