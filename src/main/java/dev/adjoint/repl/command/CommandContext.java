package dev.adjoint.repl.command;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.render.Format;
import dev.adjoint.render.ReportText;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.Trace;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;

/** What a command works with: the session, the display settings and where to write. */
public final class CommandContext {
    /** A command's target: the variable name, its tensor, and where it was written (null: the default). */
    public record Target(String name, Tensor tensor) {}

    public final Session session;
    public final Settings settings;
    public final PrintWriter out;
    /** Runs scripts for :load and lists accepted inputs for :save; null where there is no shell. */
    public final ScriptRunner scripts;
    /** Single keys from the terminal for :step; null when there is none (pipes, scripts): then every step is printed. */
    public KeyReader keys;

    public CommandContext(Session session, Settings settings, PrintWriter out, ScriptRunner scripts) {
        this.session = session;
        this.settings = settings;
        this.out = out;
        this.scripts = scripts;
    }

    /** The output format from --format, else the session's default. */
    public Format format(CommandArgs args, Set<Format> supported) {
        CommandArgs.Word w = args.option("format");
        Format f = settings.format;
        if (w != null) {
            try {
                f = Format.parse(w.text());
            } catch (IllegalArgumentException e) {
                throw new LangError("unknown format '" + w.text() + "' (formats: text, markdown, latex, json)", w.span());
            }
        }
        if (!supported.contains(f)) {
            String names = String.join(", ", supported.stream().sorted().map(Format::label).toList());
            if (w == null) return Format.TEXT;
            throw new LangError(args.name().text() + " has no " + f.label() + " output (it has " + names + ")", w.span());
        }
        return f;
    }

    public Trace.Order order(CommandArgs args) {
        CommandArgs.Word w = args.option("order");
        if (w == null) return settings.order;
        return switch (w.text()) {
            case "depth" -> Trace.Order.DEPTH;
            case "creation" -> Trace.Order.CREATION;
            default -> throw new LangError("unknown order '" + w.text() + "' (orders: depth, creation)", w.span());
        };
    }

    /** The trace of a target in the order of --order (or :set order) and the numbering of :set notation. */
    public Trace trace(Target t, CommandArgs args) {
        return Trace.of(t.name(), t.tensor(), order(args), settings.notation);
    }

    /** Reads an optional target name (a word that is not one of the command's keywords); defaults to the last assigned name. */
    public Target target(CommandArgs args, String... keywords) {
        CommandArgs.Word w = args.peek();
        if (w != null && !Arrays.asList(keywords).contains(w.text())) {
            args.next();
            return tensorNamed(w);
        }
        String last = session.lastAssigned();
        if (last == null || !(session.lookup(last) instanceof Tensor t))
            throw new LangError(args.name().text() + " needs a target: give a tensor variable, e.g. " + args.name().text() + " y", args.endSpan());
        return new Target(last, t);
    }

    public Target tensorNamed(CommandArgs.Word w) {
        String name = w.text();
        if (!name.matches("[A-Za-z_][A-Za-z_0-9]*"))
            throw new LangError("expected a variable name, got '" + name + "'", w.span());
        if (!session.isBound(name)) {
            String hint = Suggestions.closest(name, session.variables().keySet());
            throw new LangError("name '" + name + "' is not defined" + (hint != null ? "; did you mean '" + hint + "'?" : ""), w.span());
        }
        Object v = session.lookup(name);
        if (!(v instanceof Tensor t))
            throw new LangError("'" + name + "' is " + describe(v) + ", not a tensor", w.span());
        return new Target(name, t);
    }

    static String describe(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean) return "a boolean";
        if (v instanceof String) return "a string";
        if (v instanceof java.util.List<?>) return "a tuple";
        return "a " + v.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    /** The value of an expression written in a command (e.g. a seed), evaluated in the session. */
    public Object evaluate(String expression) {
        Object[] value = new Object[1];
        session.eval(expression, new dev.adjoint.session.Output() {
            public void print(String line) {}

            public void show(Object v) {
                value[0] = v;
            }

            public void warn(String message) {}
        });
        return value[0];
    }

    /** Set by a command given --all: tables show every row instead of their first and last ones. */
    public boolean allRows;

    public ReportText text(Format f) {
        ReportText r = new ReportText(settings.precision, settings.symbols(), f == Format.MARKDOWN);
        return allRows ? r.allRows() : r;
    }

    public LangError error(String message, CommandArgs.Word at) {
        return new LangError(message, at.span());
    }
}
