package dev.adjoint.kernel;

import dev.adjoint.repl.PromptRules;
import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel's one door to the engine: runs inputs, answers is-complete, completion and help, the
 * way the terminal does. It goes through the terminal's {@link Shell} for now (statements and
 * :commands alike, errors as the terminal words them); when the session facade returns reports
 * as data, only this class changes.
 */
final class SessionAdapter {
    /** Where an input's output goes while it runs. */
    interface Sink {
        /** Text printed by the program (print, :load of a script that prints). */
        PrintWriter stdout();

        /** Warnings. */
        PrintWriter stderr();

        /** A report or a value to show in its richest form. */
        void show(MimeBundle bundle);
    }

    /** A failed input, as Jupyter reports it: a type, the message, and the terminal's caret text. */
    record Failure(String ename, String evalue, List<String> traceback) {}

    /** How an input ended: a failure or null, and whether it asked to quit. */
    record Outcome(Failure failure, boolean quit) {}

    private static final Pattern TYPED = Pattern.compile("([A-Z][A-Za-z]*(?:Error|Exception|Interrupt)): (.*)", Pattern.DOTALL);
    private static final String RED = "\u001b[1;31m", RESET = "\u001b[0m";

    private final Shell shell;

    SessionAdapter(ShellOptions options) {
        // reports go out as plain text (text/plain is what the terminal shows, without colours)
        this.shell = new Shell(new ShellOptions(false, options.precision(), options.format(), options.ascii()));
    }

    /** A cell's inputs, split by the prompt's rules. */
    List<PromptRules.Input> split(String cell) {
        return PromptRules.split(cell, shell);
    }

    /** Runs one input on the calling thread; its output goes to the sink as it is produced. */
    Outcome run(PromptRules.Input input, Sink sink) {
        boolean command = input.text().stripLeading().startsWith(":");
        StringWriter report = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter out = command ? new PrintWriter(report, true) : sink.stdout();
        Shell.Outcome o = shell.run(input.text(), null, input.firstLine(), out, new PrintWriter(err, true));
        out.flush();
        if (command && report.getBuffer().length() > 0) sink.show(o.ok() ? bundle(input.text(), report.toString()) : MimeBundle.text(report.toString()));
        String errText = err.toString();
        Failure failure = null;
        if (!o.ok()) {
            int at = lastErrorLine(errText);
            if (at >= 0) {
                failure = failure(errText.substring(at));
                errText = errText.substring(0, at);
            } else {
                failure = new Failure("Error", errText.strip(), List.of(errText.strip()));
                errText = "";
            }
        }
        if (!errText.isEmpty()) {
            sink.stderr().print(errText);
            sink.stderr().flush();
        }
        return new Outcome(failure, o.quit());
    }

    /** The inspection commands whose report has Markdown, JSON and (some) LaTeX renderings. */
    private static final Set<String> REPORTS = Set.of(":trace", ":forward", ":reverse", ":grad", ":check", ":jacobian", ":vars");

    /**
     * A command's output as a MIME bundle. Until the session facade hands reports over as data,
     * the other renderings come from running the (read-only) inspection command again with
     * --format markdown, json and latex, and :graph's picture from --out to an SVG file (when
     * Graphviz is installed); a --format the user gave is shown in its own MIME type.
     */
    private MimeBundle bundle(String line, String text) {
        List<String> words = List.of(line.strip().split("\\s+"));
        String name = words.get(0);
        int f = words.indexOf("--format");
        if (f >= 0 && f + 1 < words.size()) {
            ReportBundle b = new ReportBundle(text);
            return switch (words.get(f + 1)) {
                case "markdown" -> b.markdown(text).bundle();
                case "latex" -> b.latex(text).bundle();
                case "json" -> b.json(text).bundle();
                default -> b.bundle();
            };
        }
        if (words.contains("--out")) return MimeBundle.text(text);
        if (REPORTS.contains(name))
            return new ReportBundle(text).markdown(again(line + " --format markdown")).json(again(line + " --format json"))
                    .latex(again(line + " --format latex")).bundle();
        if (name.equals(":graph") && dev.adjoint.render.graph.Graphviz.find() != null) return new ReportBundle(text).svg(graphSvg(line), "graph: " + line.strip()).bundle();
        return MimeBundle.text(text);
    }

    /** The output of a command run once more, or null if it fails (a format the report does not have). */
    private String again(String line) {
        StringWriter out = new StringWriter();
        Shell.Outcome o = shell.run(line, null, 1, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return o.ok() ? out.toString() : null;
    }

    private String graphSvg(String line) {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("adjoint-graph", ".svg");
            if (again(line + " --out " + file) == null) return null;
            String svg = java.nio.file.Files.readString(file);
            int start = svg.indexOf("<svg");
            return start < 0 ? null : svg.substring(start);
        } catch (java.io.IOException e) {
            return null;
        } finally {
            try {
                if (file != null) java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Where the last "error: ..." block starts in the err text ("FILE:L:C: error: ..." from :load too), or -1. */
    private static int lastErrorLine(String text) {
        int found = -1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            int e = line.indexOf("error: ");
            if (e == 0 || e > 0 && line.startsWith(": ", e - 2)) found = start;
            start = end + 1;
        }
        return found;
    }

    /** The terminal's error text as a Jupyter error: "error: message" and the caret lines. */
    private static Failure failure(String text) {
        List<String> lines = new ArrayList<>(List.of(text.stripTrailing().split("\n")));
        String first = lines.get(0);
        int e = first.indexOf("error: ");
        String where = first.substring(0, e);
        String message = first.substring(e + "error: ".length());
        String ename = "Error";
        Matcher m = TYPED.matcher(message);
        if (m.matches()) {
            ename = m.group(1);
            message = m.group(2);
        }
        if (message.equals("interrupted")) ename = "KeyboardInterrupt";
        lines.set(0, where + RED + "error:" + RESET + " " + message);
        return new Failure(ename, message, List.copyOf(lines));
    }

    /** Empty when the code would run as it stands; else the indent for its next line. */
    Optional<String> continuation(String code) {
        return PromptRules.continuation(code, shell);
    }

    PromptRules.Completion complete(String code, int cursor) {
        return PromptRules.complete(shell, code, cursor);
    }

    /** What {@code :help NAME} says, if it knows the name. */
    Optional<String> help(String name) {
        StringWriter out = new StringWriter();
        Shell.Outcome o = shell.run(":help " + name, null, 1, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return o.ok() && out.getBuffer().length() > 0 ? Optional.of(out.toString()) : Optional.empty();
    }
}
