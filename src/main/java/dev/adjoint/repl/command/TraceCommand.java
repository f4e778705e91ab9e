package dev.adjoint.repl.command;

import dev.adjoint.render.Format;
import dev.adjoint.session.report.Trace;
import java.util.Set;

/** :trace — the forward (primal) evaluation trace. */
final class TraceCommand implements Command {
    public String name() { return "trace"; }

    public String usage() { return ":trace [y] [--order depth|creation] [--all] [--format text|markdown|latex|json]"; }

    public String summary() { return "forward (primal) evaluation trace: one row per node, v1..vn"; }

    public String help() {
        return """
                Prints how y was computed, one node per row: its id, its definition in terms of
                earlier nodes, and its value. Nodes are numbered in depth order (inputs first,
                then by longest distance from the inputs, ties by creation order), which gives
                the numbering of the lecture and of Baydin et al. (2018), Table 2. Scalar
                constants are written into the rows that use them; --order creation numbers
                nodes in the order they were created. Without y, the last assigned variable.
                A graph of more than 200 rows shows its first and last 100 and how many are
                left out (so a million-node graph does not flood the terminal); --all shows
                every row, and --format json always has every node.
                  >>> y = ln(x1) + x1*x2 - sin(x2)
                  >>> :trace y
                  >>> :trace y --format latex
                  >>> :trace y --format json""";
    }

    @Override
    public java.util.List<String> options() { return java.util.List.of("--order", "--format", "--all"); }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args);
        Format f = ctx.format(args, PassOutput.FORMATS);
        Trace.Order order = ctx.order(args);
        ctx.allRows = args.flag("all");
        args.expectEnd(Set.of("all", "format", "order"));
        Trace trace = Trace.of(t.name(), t.tensor(), order, ctx.settings.notation);
        ctx.out.print(PassOutput.trace(ctx, f, trace));
        return false;
    }
}
