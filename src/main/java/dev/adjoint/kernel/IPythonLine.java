package dev.adjoint.kernel;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of IPython's own syntax in a cell, as notebooks copied from elsewhere hold them: a magic
 * ({@code %matplotlib inline} opens every notebook of PyTorch's tutorials, {@code %time},
 * {@code %%timeit}), a shell escape ({@code !pip install torch}) or help by a question mark
 * ({@code torch.ones?}, {@code ?exp}). adjoint is no IPython: {@code %matplotlib} is let pass (it
 * only sets where plots go, and adjoint draws none), a shell escape and {@code %pip} are skipped
 * with a note (the cell goes on), help is {@code :help}, and the rest is refused with what adjoint
 * offers instead, so "Run All" stops there with a reason rather than at "expected an expression".
 */
record IPythonLine(Kind kind, String name, String args, Span span) {
    enum Kind { MAGIC, SHELL, HELP }

    private static final Pattern MAGIC = Pattern.compile("(\\s*)(%%?[A-Za-z_]\\w*)(.*)");
    private static final Pattern SHELL = Pattern.compile("(\\s*)(!\\S*).*");
    private static final Pattern HELP = Pattern.compile("(\\s*)(\\?\\??)?([A-Za-z_][\\w.]*)(\\?\\??)?\\s*");

    /** The IPython line an input is, if it is one line of IPython's syntax (never a line Python would run). */
    static Optional<IPythonLine> of(String input) {
        if (input.contains("\n")) return Optional.empty();
        Matcher m = MAGIC.matcher(input);
        if (m.matches()) {
            return Optional.of(new IPythonLine(Kind.MAGIC, m.group(2), m.group(3).strip(), span(m, 2)));
        }
        m = SHELL.matcher(input);
        if (m.matches()) return Optional.of(new IPythonLine(Kind.SHELL, m.group(2), "", span(m, 2)));
        m = HELP.matcher(input);
        if (m.matches() && (m.group(2) != null) != (m.group(4) != null)) { // ?name or name?, not a bare name
            String dotted = m.group(3), marks = m.group(2) != null ? m.group(2) : m.group(4);
            return Optional.of(new IPythonLine(Kind.HELP, marks, dotted, span(m, 3))); // name: ? or ?? (the source), args: the whole name
        }
        return Optional.empty();
    }

    /** Whether a line of a cell, unindented, is a help line: {@code f?}, {@code torch.ones??}, {@code ?f}. */
    static boolean isHelpLine(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && of(line).filter(l -> l.kind == Kind.HELP).isPresent();
    }

    /** Whether it is a help line asking for the source ({@code f??}, IPython's pinfo2). */
    boolean asksForSource() {
        return kind == Kind.HELP && name.equals("??");
    }

    /** Whether it is {@code %time STATEMENT}, which runs the statement and returns an expression's value. */
    boolean timesAStatement() {
        return kind == Kind.MAGIC && name.equals("%time") && !args.isEmpty();
    }

    private static Span span(Matcher m, int group) {
        return new Span(m.start(group), m.end(group) - m.start(group), 1, m.start(group) + 1);
    }

    /**
     * The note a skipped shell escape or %pip/%conda line leaves on stderr ({@code !pip install torch}
     * opens many course notebooks): the cell goes on, as IPython's does after its shell command.
     */
    static String skipNote(String line) {
        return "adjoint runs no shell commands: skipped " + line.strip() + " (adjoint's kernel has torch, numpy and the standard modules built in; nothing to install)";
    }

    /** Why adjoint does not run the line, and what it offers instead: IPython's UsageError. */
    LangError refusal() {
        String message = switch (kind) {
            case SHELL -> "shell commands (" + name + " ...) do not run in adjoint's kernel; torch, needle and math are built in";
            case HELP -> "no help on '" + args + "' (:help lists the commands, functions and topics)"; // (args: the whole dotted name)
            default -> name + " is an IPython magic, which adjoint does not have; its own commands start with ':' (:help lists them)";
        };
        return LangError.plain("UsageError", message, span); // shown as the sentence, typed for Jupyter
    }
}
