package dev.adjoint.repl.command;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.render.Format;
import dev.adjoint.render.Json;
import dev.adjoint.render.ReportText;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** :backward — PyTorch's y.backward(): accumulates into the leaves' .grad. */
final class BackwardCommand implements Command {
    @Override
    public boolean changesState() { return true; }

    public String name() { return "backward"; }

    public String usage() { return ":backward [y] [v] [--format text|markdown|json]"; }

    public String summary() { return "y.backward(v), PyTorch-style: accumulates into the inputs' .grad"; }

    public String help() {
        return """
                Same as the statement y.backward() (or y.backward(v)): runs reverse mode and ADDS
                ∂y/∂x (times v) to x.grad of every input x, as PyTorch does, so running it twice
                doubles .grad (clear it with x.grad = None). A y with more than one element needs
                the seed v (a vector-Jacobian product), e.g. :backward z [1, 0, 0]. Then prints
                the inputs' .grad.
                  >>> :backward y
                  >>> x1.grad""";
    }

    /** A seed of ones written as a literal, for the hint: [1, 1] or [[1, 1], [1, 1]]. */
    private static String ones(Tensor t) {
        StringBuilder sb = new StringBuilder("1");
        int[] shape = t.shape();
        for (int a = shape.length - 1; a >= 0; a--) {
            if (shape[a] > 4) return "v (a tensor of shape " + dev.adjoint.ndarray.Shapes.str(shape) + ")";
            String item = sb.toString();
            sb.setLength(0);
            sb.append('[').append(String.join(", ", java.util.Collections.nCopies(shape[a], item))).append(']');
        }
        return sb.toString();
    }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandContext.Target t = ctx.target(args);
        Format f = ctx.format(args, Set.of(Format.TEXT, Format.MARKDOWN, Format.JSON));
        Tensor seed = null;
        if (args.hasNext()) {
            CommandArgs.Word w = args.peek();
            String expr = args.rest();
            Object v;
            try {
                v = ctx.evaluate(expr);
            } catch (LangError e) {
                throw new LangError("in the seed: " + e.getMessage(), w.span());
            }
            if (!(v instanceof Tensor s)) throw new LangError("the seed must be a tensor, got " + CommandContext.describe(v), w.span());
            seed = s;
        }
        args.expectEnd(Set.of("format"));
        try {
            Autograd.backward(t.tensor(), seed, false);
        } catch (AutogradException e) {
            String hint = seed == null && t.tensor().value().size() != 1
                    ? "; give the seed v of a vector-Jacobian product, e.g. " + args.name().text() + " " + t.name() + " " + ones(t.tensor()) : "";
            throw new LangError(e.getMessage() + hint, args.name().span());
        }
        Trace trace = Trace.of(t.name(), t.tensor(), Trace.Order.DEPTH);
        Map<String, Object> grads = new LinkedHashMap<>();
        ReportText text = ctx.text(f);
        StringBuilder sb = new StringBuilder();
        for (TraceNode n : trace.inputs()) {
            String label = n.name() != null ? n.name() : n.id();
            Tensor g = n.tensor().grad();
            grads.put(label, g == null ? null : g.value());
            if (g != null) sb.append(text.assignment(label + ".grad", g.value()));
        }
        if (f == Format.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", t.name());
            m.put("grad", grads);
            ctx.out.println(Json.write(m));
        } else {
            ctx.out.print(sb);
        }
        return false;
    }
}
