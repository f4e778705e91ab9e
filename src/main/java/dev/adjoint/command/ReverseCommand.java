package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

import dev.adjoint.lang.LangError;
import dev.adjoint.session.Refusal;
import dev.adjoint.session.report.Trace;

/** :reverse — reverse-mode adjoints and per-edge partial adjoints. */
final class ReverseCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("reverse", "reverse-mode adjoints v̄i = ∂y/∂vi, with partial adjoints per edge")
            .target().option("order", "ORDER", "depth", "creation").flag("check").flag("all").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Runs reverse mode once from y (v̄y = 1) and prints the adjoint v̄i = ∂y/∂vi of every
                node, from the output back to the inputs. A node used by several others gets a
                partial adjoint along each outgoing edge, v̄i→j = v̄j ∂vj/∂vi, and its adjoint is
                their sum: these are listed under the table (e.g. v̄1 = v̄1→3 + v̄1→4 = 0.5 + 5 = 5.5).
                One pass gives the whole gradient. Nothing is stored in .grad (see :backward).
                --check adds each node's central finite difference and a verdict (see :check);
                --format latex prints the rows as an aligned environment for slides, each with
                its local rule and the numbers put in; with :set notation baydin the reverse
                pass is also written edge by edge, as in Baydin et al. 2018, Table 3.
                  >>> :reverse y
                  >>> :reverse y --check
                  >>> :reverse y --format latex
                  >>> :reverse y --format json""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Trace trace = ctx.trace(r, ctx.target(r));
        try {
            return Reply.of(ctx.session.reverse(trace, r.flag("check")), ctx.format(r, SPEC));
        } catch (Refusal e) { // --check on a target it cannot check: the caret goes under --check
            throw new LangError(e.getMessage(), r.optionSpan("check"));
        }
    }
}
