package dev.adjoint.repl.command;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.render.Format;
import dev.adjoint.render.ReportJson;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** :grad — the gradient of a target, without side effects. */
final class GradCommand implements Command {
    public String name() { return "grad"; }

    public String usage() { return ":grad [y] [wrt x1,x2] [--format text|markdown|json]"; }

    public String summary() { return "gradient ∂y/∂x for each input (no side effects)"; }

    public String help() {
        return """
                Prints ∂y/∂x for every input of y (leaves that require grad), or for the inputs
                named after 'wrt'. Computed by reverse mode; unlike :backward it leaves .grad alone.
                  >>> :grad y
                  >>> :grad y wrt x2 --format json""";
    }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args, "wrt");
        Format f = ctx.format(args, Set.of(Format.TEXT, Format.MARKDOWN, Format.JSON));
        Trace trace = Trace.of(t.name(), t.tensor(), ctx.order(args));
        List<String> labels = new ArrayList<>();
        List<Tensor> inputs = new ArrayList<>();
        if (args.hasNext()) {
            CommandArgs.Word kw = args.next();
            if (!kw.text().equals("wrt")) throw new LangError("expected 'wrt x1,x2' after the target", kw.span());
            if (!args.hasNext()) throw new LangError("expected input names after 'wrt'", args.endSpan());
            CommandArgs.Word list = args.next();
            for (String name : list.text().split(",")) {
                CommandContext.Target x = ctx.tensorNamed(new CommandArgs.Word(name.strip(), list.span()));
                if (!x.tensor().requiresGrad())
                    throw new LangError("'" + x.name() + "' does not require grad, so it has no gradient (make it an input: " + x.name() + " = tensor(" + x.name() + "))", list.span());
                labels.add(x.name());
                inputs.add(x.tensor());
            }
        } else {
            for (TraceNode n : trace.inputs()) {
                labels.add(n.name() != null ? n.name() : n.id());
                inputs.add(n.tensor());
            }
        }
        args.expectEnd(Set.of("format", "order"));
        if (!t.tensor().requiresGrad())
            throw new LangError("'" + t.name() + "' does not depend on any input that requires grad, so it has no gradient"
                    + " (or it was computed with :set grad off or inside no_grad())", args.name().span());
        if (t.tensor().value().size() != 1)
            throw new LangError("'" + t.name() + "' has shape " + dev.adjoint.ndarray.Shapes.str(t.tensor().shape())
                    + "; :grad needs a one-element target (try :jacobian " + t.name() + ", or :backward " + t.name() + " v)", args.name().span());
        GradReport g = GradReport.run(t.name(), t.tensor(), labels, inputs);
        ctx.out.print(f == Format.JSON ? ReportJson.grad(g) + "\n" : ctx.text(f).grad(g));
        return false;
    }
}
