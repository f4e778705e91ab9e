package dev.adjoint.repl.command;

import dev.adjoint.render.Format;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import java.util.Set;

/** :reverse — reverse-mode adjoints and per-edge partial adjoints. */
final class ReverseCommand implements Command {
    public String name() { return "reverse"; }

    public String usage() { return ":reverse [y] [--order depth|creation] [--check] [--all] [--format text|markdown|latex|json]"; }

    public String summary() { return "reverse-mode adjoints v̄i = ∂y/∂vi, with partial adjoints per edge"; }

    public String help() {
        return """
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
                  >>> :reverse y --format json""";
    }

    @Override
    public java.util.List<String> options() { return java.util.List.of("--check", "--order", "--format", "--all"); }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args);
        Format f = ctx.format(args, PassOutput.FORMATS);
        Trace.Order order = ctx.order(args);
        boolean check = args.flag("check");
        ctx.allRows = args.flag("all");
        args.expectEnd(Set.of("all", "format", "order", "check"));
        if (check && (!t.tensor().requiresGrad() || t.tensor().value().size() != 1))
            throw new dev.adjoint.lang.LangError("--check needs a y with one element that depends on an input (check a scalar of it, e.g. s = sum("
                    + t.name() + "))", args.option("check").span());
        ReverseReport r = ReverseReport.run(Trace.of(t.name(), t.tensor(), order, ctx.settings.notation), null);
        ctx.out.print(PassOutput.reverse(ctx, f, r, check ? CheckCommand.perNode(r) : null));
        return false;
    }
}
