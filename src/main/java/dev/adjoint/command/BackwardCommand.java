package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

import dev.adjoint.session.Arg;
import java.util.List;

/** :backward — PyTorch's y.backward(): accumulates into the leaves' .grad. */
final class BackwardCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("backward", "y.backward(v), PyTorch-style: accumulates into the inputs' .grad")
            .target().rest("v", null).flag("all").formats(TEXT, MARKDOWN, LATEX, JSON).changesState()
            .help("""
                Same as the statement y.backward() (or y.backward(v)): runs reverse mode and ADDS
                ∂y/∂x (times v) to x.grad of every input x, as PyTorch does, so running it twice
                doubles .grad (clear it with x.grad = None). A y with more than one element needs
                the seed v (a vector-Jacobian product), e.g. :backward z [1, 0, 0]. Then prints
                the inputs' .grad.
                  >>> :backward y
                  >>> x1.grad""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        List<Arg> v = r.rest();
        Arg seed = v.isEmpty() ? null : new Arg(String.join(" ", v.stream().map(Arg::text).toList()), v.get(0).span());
        return Reply.of(ctx.session.backward(ctx.target(r), seed), ctx.format(r, SPEC));
    }
}
