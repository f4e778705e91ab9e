package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.render.Format;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** :forward — forward-mode tangents along one seed direction. */
final class ForwardCommand implements Command {
    public String name() { return "forward"; }

    public String usage() { return ":forward [y] wrt x1 | dir x1=1,x2=0 [--all] [--format text|markdown|latex|json]"; }

    public String summary() { return "forward-mode tangents v̇i = ∂vi/∂x1 (one pass per seed direction)"; }

    public String help() {
        return """
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
                  >>> :forward y wrt x1 --format latex""";
    }

    @Override
    public java.util.List<String> options() { return java.util.List.of("wrt", "dir", "--order", "--format", "--all"); }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args, "wrt", "dir");
        Format f = ctx.format(args, PassOutput.FORMATS);
        Trace.Order order = ctx.order(args);
        Trace trace = Trace.of(t.name(), t.tensor(), order, ctx.settings.notation);
        Map<TraceNode, Double> seed = seed(args, ctx, trace);
        ctx.allRows = args.flag("all");
        args.expectEnd(Set.of("all", "format", "order"));
        ForwardReport r = ForwardReport.run(trace, seed);
        ctx.out.print(PassOutput.forward(ctx, f, r));
        return false;
    }

    static Map<TraceNode, Double> seed(CommandArgs args, CommandContext ctx, Trace trace) {
        List<TraceNode> inputs = trace.inputs();
        Map<TraceNode, Double> seed = new LinkedHashMap<>();
        for (TraceNode in : inputs) seed.put(in, 0.0);
        CommandArgs.Word kw = args.hasNext() ? args.next() : null;
        if (kw == null) {
            if (inputs.size() == 1) {
                seed.put(inputs.get(0), 1.0);
                return seed;
            }
            throw new LangError("say which input to differentiate by: " + args.name().text() + " " + trace.target()
                    + " wrt " + (inputs.isEmpty() ? "x" : label(inputs.get(0))) + inputsHint(inputs), args.endSpan());
        }
        if (!kw.text().equals("wrt") && !kw.text().equals("dir"))
            throw new LangError("expected 'wrt NAME' or 'dir NAME=VALUE,...' after the target", kw.span());
        if (!args.hasNext()) throw new LangError("expected an input name after '" + kw.text() + "'" + inputsHint(inputs), args.endSpan());
        CommandArgs.Word spec = args.next();
        if (kw.text().equals("wrt")) {
            if (spec.text().contains(",") || spec.text().contains("="))
                throw new LangError("forward mode takes one direction per pass: use 'wrt x1', or 'dir x1=1,x2=0' for a mix", spec.span());
            seed.put(input(spec.text(), spec, trace, inputs), 1.0);
            return seed;
        }
        for (String part : spec.text().split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) throw new LangError("expected NAME=VALUE in the direction, got '" + part + "'", spec.span());
            TraceNode in = input(part.substring(0, eq).strip(), spec, trace, inputs);
            try {
                seed.put(in, Double.parseDouble(part.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new LangError("'" + part.substring(eq + 1) + "' is not a number", spec.span());
            }
        }
        return seed;
    }

    private static TraceNode input(String name, CommandArgs.Word at, Trace trace, List<TraceNode> inputs) {
        for (TraceNode n : inputs) if (name.equals(n.name()) || name.equals(n.id())) return n;
        for (TraceNode n : trace.nodes())
            if (name.equals(n.name()) || name.equals(n.id()))
                throw new LangError("'" + name + "' is not an input of " + trace.target() + " (a leaf that requires grad), so it cannot be seeded" + inputsHint(inputs), at.span());
        throw new LangError(trace.target() + " does not depend on '" + name + "'" + inputsHint(inputs), at.span());
    }

    private static String label(TraceNode n) {
        return n.name() != null ? n.name() : n.id();
    }

    static String inputsHint(List<TraceNode> inputs) {
        if (inputs.isEmpty()) return " (it has no inputs)";
        return " (inputs: " + String.join(", ", inputs.stream().map(ForwardCommand::label).toList()) + ")";
    }
}
