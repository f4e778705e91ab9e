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
        String command = r.name().substring(1);
        Arg format = r.option("format");
        boolean json = format != null ? format.text().equals("json") : settings.format == Format.JSON;
        long perNode = BYTES_PER_NODE.getOrDefault(command, 1000) + (json ? JSON_BYTES_PER_NODE : 0);
        return session.trace(t, o, settings.notation, perNode, r.name() + (json ? " --format json" : "") + " on a graph");
    }

    /**
     * About how much memory each command needs per node of its trace at its peak, the trace's own
     * ~300 bytes included (measured on chains of 20,000 to 200,000 nodes, with margin): what
     * {@link dev.adjoint.session.MemoryBudget} weighs before a command on a huge graph starts.
     */
    private static final java.util.Map<String, Integer> BYTES_PER_NODE = java.util.Map.of(
            "trace", 500, "forward", 800, "reverse", 2000, "check", 900, "jacobian", 1000,
            "replay", 2500, "graph", 600, "step", 4000); // :graph: the summary's outline; a drawing or a file is checked again
    /** JSON of every node, built as one string. */
    private static final int JSON_BYTES_PER_NODE = 1500;

    /** The output format from --format, else the session's default when the command has it. */
    public Format format(Request r, CommandSpec spec) {
        return r.format(settings.format, spec);
    }

    /** How reports are drawn now; --all shows every row of a long table. */
    public Style style(Request r) {
        return settings.style().withAllRows(r.flag("all"));
    }
}
