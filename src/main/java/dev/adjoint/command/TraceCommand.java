package dev.adjoint.command;

import static dev.adjoint.render.Format.JSON;
import static dev.adjoint.render.Format.LATEX;
import static dev.adjoint.render.Format.MARKDOWN;
import static dev.adjoint.render.Format.TEXT;

/** :trace — the forward (primal) evaluation trace. */
final class TraceCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("trace", "forward (primal) evaluation trace: one row per node, v1..vn")
            .target().option("order", "ORDER", "depth", "creation").flag("all").formats(TEXT, MARKDOWN, LATEX, JSON)
            .help("""
                Prints how y was computed, one node per row: its id, its definition in terms of
                earlier nodes, and its value. Nodes are numbered in depth order (inputs first,
                then by longest distance from the inputs, ties by creation order), which gives
                the numbering of the lecture and of Baydin et al. (2018), Table 2. Scalar
                constants are written into the rows that use them; --order creation numbers
                nodes in the order they were created. Without y, the last assigned variable.
                A graph of more than 200 rows shows its first and last 100 and how many are
                left out (so a million-node graph does not flood the terminal); --all shows
                every row, and --format json always has every node.
                A variable bound to an op's result is shown beside its id (v3 (a)); a variable
                bound again since y was computed labels its old node (x1 (old)). After an input's
                value is replaced under the graph (x.data = ..., an optimizer step), the rows
                computed before say "recorded before the change".
                  >>> y = ln(x1) + x1*x2 - sin(x2)
                  >>> :trace y
                  >>> :trace y --format latex
                  >>> :trace y --format json""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        return Reply.of(ctx.trace(r, ctx.target(r)), ctx.format(r, SPEC));
    }
}
