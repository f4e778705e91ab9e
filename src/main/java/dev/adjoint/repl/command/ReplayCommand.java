package dev.adjoint.repl.command;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.render.Format;
import dev.adjoint.render.Json;
import dev.adjoint.render.NodeText;
import dev.adjoint.render.Numbers;
import dev.adjoint.render.Table;
import dev.adjoint.render.TensorFormat;
import dev.adjoint.session.report.Replay;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** :replay — the recorded graph evaluated again at new input values: the static-graph view. */
final class ReplayCommand implements Command {
    private static final Pattern CONTROL = Pattern.compile("(?m)^\\s*(for|while|if|elif|def)\\b|\\bif\\b.*\\belse\\b");

    public String name() { return "replay"; }

    public String usage() { return ":replay [y] x1=3 x2=4 [--format text|markdown|json]"; }

    public String summary() { return "re-evaluate y's recorded graph at new input values (static graph)"; }

    public String help() {
        return """
                Evaluates y's recorded graph again with new values for some inputs, node by node
                with each op's forward computation, as a static-graph framework (TensorFlow 1,
                JAX's jit) runs a graph it traced once. Inputs not named keep their values; the
                values are expressions (x1=3, W=zeros(2, 2)) and must keep the recorded shapes.
                Nothing changes in the session. Define-by-run (PyTorch, adjoint itself) would
                instead run the statements again and record a new graph, and an if, while or
                for in them could then take another path; the replay keeps the recorded one:
                control flow is frozen. It names the statements that define-by-run would run.
                  >>> :replay y x1=3 x2=4
                  >>> :replay y x1=3 --format json""";
    }

    @Override
    public List<String> options() { return List.of("--format"); }

    public boolean run(CommandArgs args, CommandContext ctx) {
        CommandArgs.Word first = args.peek();
        CommandContext.Target t = first != null && first.text().contains("=") ? ctx.target(args, first.text()) : ctx.target(args);
        Format f = ctx.format(args, Set.of(Format.TEXT, Format.MARKDOWN, Format.JSON));
        Trace trace = ctx.trace(t, args);
        Map<TraceNode, NDArray> values = new LinkedHashMap<>();
        List<String> given = new ArrayList<>();
        while (args.hasNext()) {
            CommandArgs.Word w = args.next();
            for (String part : splitTopLevel(w.text())) {
                int eq = part.indexOf('=');
                if (eq <= 0) throw new LangError("expected NAME=VALUE, e.g. x1=3, got '" + part + "'", w.span());
                String name = part.substring(0, eq).strip();
                TraceNode in = input(name, trace, w);
                NDArray v = value(ctx, part.substring(eq + 1).strip(), w);
                if (v.size() == 1 && in.tensor().value().size() == 1 && !v.sameShape(in.tensor().value()))
                    v = v.reshape(in.tensor().shape());
                if (!v.sameShape(in.tensor().value()))
                    throw new LangError("the recorded graph has " + name + " with shape " + Shapes.str(in.tensor().shape())
                            + ", got shape " + Shapes.str(v.shape()) + " (a static graph fixes every shape)", w.span());
                values.put(in, v);
                given.add(name + " = " + TensorFormat.oneLine(v, ctx.settings.precision, 4));
            }
        }
        args.expectEnd(Set.of("format", "order"));
        if (values.isEmpty())
            throw new LangError("give new input values, e.g. :replay " + t.name() + " "
                    + (trace.inputs().isEmpty() ? "x=1" : label(trace.inputs().get(0)) + "=3"), args.endSpan());
        Replay replay = new Replay(trace);
        NDArray[] now = replay.run(values);
        List<String> statements = statements(ctx, trace);
        if (f == Format.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", t.name());
            Map<String, Object> in = new LinkedHashMap<>();
            values.forEach((n, v) -> in.put(label(n), v));
            m.put("inputs", in);
            List<Object> nodes = new ArrayList<>();
            for (TraceNode n : trace.nodes()) {
                Map<String, Object> nm = new LinkedHashMap<>();
                nm.put("id", n.id());
                nm.put("recorded", n.tensor().value());
                nm.put("replayed", now[replay.indexOf(n)]);
                nodes.add(nm);
            }
            m.put("nodes", nodes);
            m.put("value", now[replay.indexOf(trace.outputNode())]);
            m.put("recorded_value", trace.output().value());
            m.put("evaluations", replay.evaluations());
            m.put("define_by_run_would_run", statements);
            ctx.out.println(Json.write(m));
            return false;
        }
        int p = ctx.settings.precision;
        NodeText text = new NodeText(p, ctx.settings.symbols());
        Table table = new Table(List.of("node", "definition", "recorded", "replayed", ""), List.of("recorded", "replayed"));
        for (TraceNode n : trace.nodes()) {
            if (!NodeText.listed(n)) continue;
            NDArray v = now[replay.indexOf(n)];
            boolean changed = v != n.tensor().value();
            table.row(List.of(n.id(), text.definition(trace, n), text.value(n.tensor().value()), text.value(v), changed ? (n.tensor().isLeaf() ? "given" : "recomputed") : ""));
        }
        StringBuilder sb = new StringBuilder();
        String title = "Replay of " + t.name() + "'s recorded graph with " + String.join(", ", given) + " (static graph: same nodes, new values)";
        sb.append(f == Format.MARKDOWN ? "**" + title + "**\n\n" + table.markdown() + "\n" : title + "\n" + table.text(ctx.settings.symbols()));
        NDArray out = now[replay.indexOf(trace.outputNode())];
        sb.append(t.name()).append(" = ").append(TensorFormat.format(out, p)).append(" (recorded ")
                .append(TensorFormat.format(trace.output().value(), p)).append("); ").append(replay.evaluations())
                .append(replay.evaluations() == 1 ? " op" : " ops").append(" evaluated again, the others kept their recorded values\n");
        sb.append("The graph was recorded by running ").append(statements.isEmpty() ? "the statements that built " + t.name() : "these statements:").append('\n');
        boolean control = false;
        for (String s : statements) {
            sb.append("  ").append(s.replace("\n", "\n  ")).append('\n');
            control |= CONTROL.matcher(s).find();
        }
        sb.append("Define-by-run would run them again with the new values and record a new graph;\n")
                .append("the replay keeps the recorded graph, so control flow is frozen")
                .append(control ? " (the if/for/while above would not be decided again)" : "").append(".\n");
        ctx.out.print(sb);
        return false;
    }

    /** Splits "x1=3,x2=4" at the commas outside brackets. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static TraceNode input(String name, Trace trace, CommandArgs.Word at) {
        for (TraceNode n : trace.inputs()) if (name.equals(n.name()) || name.equals(n.id())) return n;
        for (TraceNode n : trace.nodes())
            if (name.equals(n.name()) || name.equals(n.id()))
                throw new LangError("'" + name + "' is not an input of " + trace.target() + " (only leaves that require grad can be given)" + ForwardCommand.inputsHint(trace.inputs()), at.span());
        throw new LangError(trace.target() + " does not depend on '" + name + "'" + ForwardCommand.inputsHint(trace.inputs()), at.span());
    }

    private static NDArray value(CommandContext ctx, String expr, CommandArgs.Word at) {
        Object v;
        try {
            v = ctx.evaluate(expr);
        } catch (LangError e) {
            throw new LangError("in the value '" + expr + "': " + e.getMessage(), at.span());
        }
        if (v instanceof Tensor t) return t.value();
        if (v instanceof Double d) return NDArray.scalar(d);
        if (v instanceof Integer i) return NDArray.scalar(i);
        if (v instanceof Long l) return NDArray.scalar(l);
        if (v instanceof Boolean b) return NDArray.scalar(b ? 1 : 0);
        throw new LangError("the value must be a number or a tensor, got " + CommandContext.describe(v), at.span());
    }

    private static String label(TraceNode n) {
        return n.name() != null ? n.name() : n.id();
    }

    /**
     * The accepted inputs that assign a variable now bound to a node of the trace (x1 = 2, y = ...):
     * the statements that recorded the graph, as far as the session can tell.
     */
    static List<String> statements(CommandContext ctx, Trace trace) {
        if (ctx.scripts == null) return List.of();
        Map<Tensor, Boolean> inGraph = new IdentityHashMap<>();
        for (TraceNode n : trace.nodes()) inGraph.put(n.tensor(), true);
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> e : ctx.session.variables().entrySet())
            if (e.getValue() instanceof Tensor t && inGraph.containsKey(t)) names.add(e.getKey());
        for (TraceNode n : trace.inputs()) if (n.name() != null && !names.contains(n.name())) names.add(n.name());
        if (names.isEmpty()) return List.of();
        Pattern assigns = Pattern.compile("(?m)(^|;)\\s*(for\\s+)?(" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")\\s*(,[^=]*)?([-+*/@]?=(?!=)|\\s+in\\b)");
        List<String> inputs = ctx.scripts.acceptedInputs();
        // the last statement that assigned the target: anything later did not build this graph
        int end = inputs.size() - 1;
        Pattern target = Pattern.compile("(?m)(^|;)\\s*" + Pattern.quote(trace.target()) + "\\s*[-+*/@]?=(?!=)");
        while (end >= 0 && !target.matcher(inputs.get(end)).find()) end--;
        if (end < 0) end = inputs.size() - 1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= end; i++) {
            String s = inputs.get(i).strip();
            if (s.startsWith(":")) continue;
            if (assigns.matcher(s).find()) out.add(s);
        }
        return out;
    }
}
