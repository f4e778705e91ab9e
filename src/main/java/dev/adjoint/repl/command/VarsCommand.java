package dev.adjoint.repl.command;

import dev.adjoint.autograd.Graph;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.render.Format;
import dev.adjoint.render.Json;
import dev.adjoint.render.Table;
import dev.adjoint.render.TensorFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** :vars — the session's variables, with the size of the graph behind each tensor. */
final class VarsCommand implements Command {
    public String name() { return "vars"; }

    public String usage() { return ":vars [--format text|markdown|json]"; }

    public String summary() { return "the session's variables: kind, shape, value, graph size"; }

    public String help() {
        return """
                Lists the variables: 'input' (a leaf that requires grad), 'const' (a leaf that
                does not), or the op that made a tensor; its shape and value; and 'nodes', the
                number of graph nodes behind it — watch it grow when a loop rebinds w = w - lr*g,
                and stay put when it assigns w.data = ... instead.
                  >>> :vars""";
    }

    public boolean run(CommandArgs args, CommandContext ctx) {
        Format f = ctx.format(args, Set.of(Format.TEXT, Format.MARKDOWN, Format.JSON));
        args.expectEnd(Set.of("format"));
        Map<String, Object> vars = ctx.session.variables();
        if (f == Format.JSON) {
            List<Object> list = new ArrayList<>();
            for (Map.Entry<String, Object> e : vars.entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", e.getKey());
                m.put("kind", kind(e.getValue()));
                if (e.getValue() instanceof Tensor t) {
                    m.put("shape", t.shape());
                    m.put("requires_grad", t.requiresGrad());
                    m.put("nodes", Graph.topologicalOrder(t).size());
                    m.put("value", t.value());
                } else m.put("value", ctx.settings.values().format(e.getValue()));
                list.add(m);
            }
            ctx.out.println(Json.write(Map.of("vars", list)));
            return false;
        }
        if (vars.isEmpty()) {
            ctx.out.println("no variables yet (try x1 = 2)");
            return false;
        }
        Table table = new Table(List.of("name", "kind", "shape", "value", "nodes"), List.of("value", "nodes"));
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Tensor t)
                table.row(List.of(e.getKey(), kind(t), Shapes.str(t.shape()), TensorFormat.oneLine(t.value(), ctx.settings.precision, 4),
                        Integer.toString(Graph.topologicalOrder(t).size())));
            else table.row(List.of(e.getKey(), kind(v), "", oneLine(ctx.settings.values().format(v)), ""));
        }
        ctx.out.print(f == Format.MARKDOWN ? table.markdown() : table.text(ctx.settings.symbols()));
        return false;
    }

    private static String oneLine(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }

    static String kind(Object v) {
        if (v instanceof Tensor t) return t.isLeaf() ? (t.requiresGrad() ? "input" : "const") : t.op().name();
        return CommandContext.describe(v).replaceFirst("^an? ", "");
    }
}
