package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

/** :check — every gradient against central finite differences, with relative error and a verdict. */
final class CheckCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("check", "gradients against central finite differences, with relative error and a verdict")
            .target().option("order", "ORDER", "depth", "creation").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Checks each gradient ∂y/∂x that reverse mode gives against the central difference
                on a 5-point stencil (commons-math3), where y(...) replays the recorded graph with one input
                moved by h = ε^(1/5)·max(1, |x|) (ε^(1/5) ≈ 7.4e-4). A gradient passes when |AD − FD| ≤ 1e-5 + 1e-3·|FD|
                (PyTorch gradcheck's tolerances); the relative error |AD − FD| / max(|AD|, |FD|) is
                shown beside it, except where AD and FD are both within 1e-5 of 0 ("ok (both ≈ 0)":
                there a relative error means nothing). A tensor input is checked element by element
                (up to 32 evenly spaced elements), and summarised by its worst element. y must have
                one element, and be computed from its inputs' values now: after x.data = ... :check
                refuses until y is computed again. :reverse y --check adds the same check for every
                node of the trace.
                  >>> :check y
                  >>> :check y --format latex
                  >>> :check y --format json""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        return Reply.of(ctx.session.check(ctx.trace(r, ctx.target(r))), ctx.format(r, SPEC));
    }
}
