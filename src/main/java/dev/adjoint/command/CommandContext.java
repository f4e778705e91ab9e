package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.render.Format;
import dev.adjoint.render.Style;
import dev.adjoint.session.Arg;
import dev.adjoint.session.Session;
import dev.adjoint.session.Target;
import dev.adjoint.session.report.Trace;
import java.io.PrintWriter;

/** What a command works with: the session, the display settings, and (for :step and :load) where to write and the scripts. */
public final class CommandContext {
    public final Session session;
    public final Settings settings;
    public final PrintWriter out;
    /** Runs scripts for :load and lists accepted inputs for :save; null where there is no shell. */
    public final ScriptRunner scripts;
    /** Single keys from the terminal for :step; null when there is none (pipes, scripts): then every step is printed. */
    public final KeyReader keys;

    public CommandContext(Session session, Settings settings, PrintWriter out, ScriptRunner scripts, KeyReader keys) {
        this.session = session;
        this.settings = settings;
        this.out = out;
        this.scripts = scripts;
        this.keys = keys;
    }

    /** The target a request names, else the last assigned variable when it holds a tensor. */
    public Target target(Request r) {
        if (r.target() != null) return session.target(r.target());
        String last = session.defaultTarget().orElseThrow(() ->
                new LangError(r.name() + " needs a target: give a tensor variable, e.g. " + r.name() + " y", r.end()));
        return session.target(Arg.of(last));
    }

    /** The target's trace in the order of --order (or :set order) and the numbering of :set notation. */
    public Trace trace(Request r, Target t) {
        Arg order = r.option("order");
        Trace.Order o = order == null ? settings.order : order.text().equals("depth") ? Trace.Order.DEPTH : Trace.Order.CREATION;
        Trace trace = session.trace(t, o, settings.notation);
        return trace;
    }

    /** The output format from --format, else the session's default when the command has it. */
    public Format format(Request r, CommandSpec spec) {
        return r.format(settings.format, spec);
    }

    /** How reports are drawn now; --all shows every row of a long table. */
    public Style style(Request r) {
        return settings.style().withAllRows(r.flag("all"));
    }
}
