package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;
import dev.adjoint.session.Session;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** :forward — forward-mode tangents along one seed direction. */
final class ForwardCommand implements Command {
    /** The seed words, shared with :step forward. */
    static final CommandSpec.Keyword WRT = CommandSpec.keyword("wrt", "x1", null, CommandSpec.Completion.GRAPHS);
    static final CommandSpec.Keyword DIR = CommandSpec.keyword("dir", "x1=1,x2=0", null, CommandSpec.Completion.GRAPHS);
    static final String EXPECTED = "expected 'wrt NAME' or 'dir NAME=VALUE,...' after the target";

    private static final CommandSpec SPEC = CommandSpec.command("forward", "forward-mode tangents v̇i = ∂vi/∂x1 (one pass per seed direction)")
            .target().keywords(true, EXPECTED, WRT, DIR).option("order", "ORDER", "depth", "creation").flag("all")
            .formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Runs forward mode once: every input gets a tangent (the seed), and each node's
                tangent v̇i follows from its inputs' tangents by the op's local rule, in trace
                order. 'wrt x1' seeds ẋ1 = 1 and every other input 0, so v̇i = ∂vi/∂x1 and the
                last row is ∂y/∂x1. 'dir x1=1,x2=2' seeds any direction (inputs not named get 0);
                then the last row is the directional derivative. A tensor input is seeded with
                the given number in every entry, so for a tensor x1 'wrt x1' gives the derivative
                along all ones, not ∂y/∂x1 (use :grad or :jacobian for that). One pass gives one
                column of the Jacobian.
                  >>> :forward y wrt x1
                  >>> :forward y dir x1=1,x2=0 --format json
                  >>> :forward y wrt x1 --format latex""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Trace trace = ctx.trace(r, ctx.target(r));
        return Reply.of(pass(r, ctx.session, trace), ctx.format(r, SPEC));
    }

    /** The forward pass a request's 'wrt' or 'dir' asks for (the only input when it names none). */
    static ForwardReport pass(Request r, Session session, Trace trace) {
        Arg kw = r.keyword(), spec = r.keywordValue();
        List<TraceNode> inputs = trace.inputs();
        if (kw == null) {
            if (inputs.size() == 1) return session.forward(trace, Arg.of(inputs.get(0).label()));
            throw new LangError("say which input to differentiate by: " + r.name() + (r.choice() != null ? " " + r.choice().text() : "") + " " + trace.target()
                    + " wrt " + (inputs.isEmpty() ? "x" : inputs.get(0).label()) + inputsHint(inputs), r.end());
        }
        if (spec == null) throw new LangError("expected an input name after '" + kw.text() + "'" + inputsHint(inputs), r.end());
        if (kw.text().equals("wrt")) {
            if (spec.text().contains(",") || spec.text().contains("="))
                throw new LangError("forward mode takes one direction per pass: use 'wrt x1', or 'dir x1=1,x2=0' for a mix", spec.span());
            return session.forward(trace, spec);
        }
        Map<String, Double> direction = new LinkedHashMap<>();
        for (String part : spec.text().split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) throw new LangError("expected NAME=VALUE in the direction, got '" + part.strip() + "'", spec.span());
            try {
                direction.put(part.substring(0, eq).strip(), Double.parseDouble(part.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new LangError("'" + part.substring(eq + 1).strip() + "' is not a number", spec.span());
            }
        }
        return session.forward(trace, direction, spec);
    }

    static String inputsHint(List<TraceNode> inputs) {
        if (inputs.isEmpty()) return " (it has no inputs)";
        return " (inputs: " + String.join(", ", inputs.stream().map(TraceNode::label).toList()) + ")";
    }
}
