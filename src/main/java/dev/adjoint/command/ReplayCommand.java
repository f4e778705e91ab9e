package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;
import dev.adjoint.session.report.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** :replay — the recorded graph evaluated again at new input values: the static-graph view. */
final class ReplayCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("replay", "re-evaluate y's recorded graph at new input values (static graph)")
            .target().rest("x1=3 x2=4", null).option("order", "ORDER", "depth", "creation").flag("all").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Evaluates y's recorded graph again with new values for some inputs, node by node
                with each op's forward computation, as a static-graph framework (TensorFlow 1,
                JAX's jit) runs a graph it traced once. Inputs not named keep their values; the
                values are expressions (x1=3, W=zeros(2, 2)) and must keep the recorded shapes.
                Nothing changes in the session. Define-by-run (PyTorch, adjoint itself) would
                instead run the statements again and record a new graph, and an if, while or
                for in them could then take another path; the replay keeps the recorded one:
                control flow is frozen. It names the statements that created the graph's nodes.
                  >>> :replay y x1=3 x2=4
                  >>> :replay y x1=3 --format json""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Trace trace = ctx.trace(r, ctx.target(r));
        Map<Arg, Arg> values = new LinkedHashMap<>();
        for (Arg w : r.rest()) {
            for (String part : splitTopLevel(w.text())) {
                int eq = part.indexOf('=');
                if (eq <= 0) throw new LangError("expected NAME=VALUE, e.g. x1=3, got '" + part + "'", w.span());
                values.put(new Arg(part.substring(0, eq).strip(), w.span()), new Arg(part.substring(eq + 1).strip(), w.span()));
            }
        }
        if (values.isEmpty())
            throw new LangError("give new input values, e.g. :replay " + trace.target() + " "
                    + (trace.inputs().isEmpty() ? "x=1" : trace.inputs().get(0).label() + "=3"), r.end());
        return Reply.of(ctx.session.replay(trace, values), ctx.format(r, SPEC));
    }

    /** Splits "x1=3,x2=4" at the commas outside brackets. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        parts.removeIf(String::isBlank);
        return parts;
    }
}
