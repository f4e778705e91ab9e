package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.render.StepText;
import dev.adjoint.session.Refusal;
import dev.adjoint.session.Target;
import dev.adjoint.session.report.Trace;

/** :step — walks through a forward or reverse pass one node (or edge) per key. */
final class StepCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("step", "walk through a forward or reverse pass one step per key (Enter, b, q)")
            .choice(":step needs a pass: :step forward y wrt x1, or :step reverse y", "forward", "reverse").target().keywords(false, ForwardCommand.EXPECTED, ForwardCommand.WRT, ForwardCommand.DIR)
            .option("order", "ORDER", "depth", "creation")
            .help("""
                Walks through one pass a step at a time: forward mode one node per step (its
                tangent by the local rule), reverse mode from the output back, one node per step
                (its adjoint, the sum of its partial adjoints) or, with :set notation baydin, one
                edge per step (v̄0 = v̄0 + v̄2 × v-1). The current row is highlighted (▶) and the
                rows whose values it uses are marked (•). Keys: Enter or space next, b back,
                q quit. Without a terminal (a pipe, a script) it prints every step.
                  >>> :step forward y wrt x1
                  >>> :step reverse y""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        boolean forward = r.choice().text().equals("forward");
        Target t = ctx.target(r);
        Trace trace = ctx.trace(r, t);
        StepText walk;
        if (forward) {
            walk = StepText.forward(ForwardCommand.pass(r, ctx.session, trace), ctx.settings.style());
        } else {
            if (r.keyword() != null) throw new LangError("unexpected '" + r.keyword().text() + "' after " + r.name(), r.keyword().span());
            if (!t.isDifferentiableScalar()) throw new Refusal(":step reverse needs a y with one element that depends on an input");
            walk = StepText.reverse(ctx.session.reverse(trace, false), ctx.settings.style());
        }
        if (ctx.keys == null) return Reply.text(walk.transcript());
        Stepper.run(walk.steps(), walk::frame, ctx.keys, ctx.out, true);
        return Reply.NONE;
    }
}
