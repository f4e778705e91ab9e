package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

import dev.adjoint.session.Arg;
import dev.adjoint.session.report.JacobianReport;
import java.util.List;

/** :jacobian — the Jacobian from forward passes (columns) or reverse passes (rows), with what each costs. */
final class JacobianCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("jacobian", "the Jacobian by forward passes (columns) or reverse passes (rows), with their cost")
            .target().keywords(false, GradCommand.EXPECTED, GradCommand.WRT).option("mode", "MODE", "forward", "reverse")
            .option("order", "ORDER", "depth", "creation").flag("all").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Builds ∂y/∂(x1, x2, ...) the two ways AD can. Forward mode: one pass per input
                element, seeded with a unit tangent; each pass gives one column. Reverse mode:
                one pass per output element, seeded with a unit adjoint; each pass gives one row.
                It prints the passes, the Jacobian, and what each mode costs: passes and local
                derivative rules applied (one jvp term per edge that carries a tangent, one vjp
                term per edge that carries an adjoint). With many inputs and one output (a loss)
                reverse mode needs one pass where forward mode needs one per input — why deep
                learning uses reverse mode. Without --mode, reverse mode builds it and both costs
                are shown. Without wrt, every input of y.
                  >>> :jacobian y wrt x1,x2 --mode forward
                  >>> :jacobian y --mode reverse
                  >>> z = W @ x
                  >>> :jacobian z wrt x --format json""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Arg mode = r.option("mode");
        JacobianReport.Mode m = mode == null ? null : mode.text().equals("forward") ? JacobianReport.Mode.FORWARD : JacobianReport.Mode.REVERSE;
        List<Arg> wrt = r.keywordValue() == null ? List.of() : Words.items(r.keywordValue());
        return Reply.of(ctx.session.jacobian(ctx.trace(r, ctx.target(r)), wrt, m), ctx.format(r, SPEC));
    }
}
