package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

/** :vars — the session's variables, with the size of the graph behind each tensor. */
final class VarsCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("vars", "the session's variables: kind, shape, value, graph size")
            .flag("all").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Lists the variables: 'input' (a leaf that requires grad), 'const' (a leaf that
                does not), or the op that made a tensor; its shape and value; and 'nodes', the
                number of graph nodes behind it — watch it grow when a loop rebinds w = w - lr*g,
                and stay put when it assigns w.data = ... instead.
                  >>> :vars""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        return Reply.of(ctx.session.vars(), ctx.format(r, SPEC));
    }
}
