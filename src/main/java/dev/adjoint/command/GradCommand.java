package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

import dev.adjoint.session.Arg;
import java.util.List;

/** :grad — the gradient of a target, without side effects. */
final class GradCommand implements Command {
    /** "wrt x1,x2": the inputs to differentiate by, shared with :jacobian. */
    static final CommandSpec.Keyword WRT = CommandSpec.keyword("wrt", "x1,x2", "expected input names after 'wrt'", CommandSpec.Completion.GRAPHS);
    static final String EXPECTED = "expected 'wrt x1,x2' after the target";

    private static final CommandSpec SPEC = CommandSpec.command("grad", "gradient ∂y/∂x for each input (no side effects)")
            .target().keywords(false, EXPECTED, WRT).option("order", "ORDER", "depth", "creation").flag("all").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Prints ∂y/∂x for every input of y (leaves that require grad), or for the inputs
                named after 'wrt' (one that y does not depend on is an error, not a 0). Computed by
                reverse mode; unlike :backward it leaves .grad alone.
                An input whose variable was bound again since y was computed is labelled x1 (old).
                --format markdown gives a table, --format latex an aligned block of ∂y/∂x rows.
                  >>> :grad y
                  >>> :grad y --format latex
                  >>> :grad y wrt x2 --format json""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        List<Arg> wrt = r.keywordValue() == null ? List.of() : Words.items(r.keywordValue());
        return Reply.of(ctx.session.grad(ctx.target(r), wrt), ctx.format(r, SPEC));
    }
}
