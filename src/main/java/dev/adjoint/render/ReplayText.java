package dev.adjoint.render;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** :replay as text: recorded against replayed values node by node, then the statements define-by-run would run again. */
final class ReplayText {
    private ReplayText() {}

    static String render(ReplayReport r, Format f, Style s) {
        int p = s.precision();
        NodeText text = new NodeText(p, s.symbols());
        Table table = new Table(List.of("node", "definition", "recorded", "replayed", "in the replay"), List.of("recorded", "replayed"));
        for (TraceNode n : r.trace().nodes()) {
            if (!NodeText.listed(n)) continue;
            NDArray v = r.replayed(n);
            boolean changed = r.changed(n);
            table.row(List.of(n.id(), text.definition(r.trace(), n), text.value(n.tensor().value()), text.value(v),
                    changed ? (n.tensor().isLeaf() ? "given" : "recomputed") : "kept"));
        }
        List<String> given = new ArrayList<>();
        for (Map.Entry<TraceNode, NDArray> e : r.given().entrySet())
            given.add(e.getKey().label() + " = " + TensorFormat.oneLine(e.getValue(), p, 4));
        String target = r.target();
        StringBuilder sb = new StringBuilder();
        String title = "Replay of " + target + "'s recorded graph with " + String.join(", ", given) + " (static graph: same nodes, new values)";
        sb.append(f == Format.MARKDOWN ? "**" + title + "**\n\n" + table.markdown() + "\n" : title + "\n" + table.text(s.symbols()));
        sb.append(target).append(" = ").append(TensorFormat.format(r.output(), p)).append(" (recorded ")
                .append(TensorFormat.format(r.trace().output().value(), p)).append("); ").append(r.evaluations())
                .append(r.evaluations() == 1 ? " op" : " ops").append(" evaluated again, the others kept their recorded values\n");
        sb.append("The graph was recorded by running ").append(r.statements().isEmpty() ? "the statements that built " + target : "these statements:").append('\n');
        for (String statement : r.statements()) sb.append("  ").append(statement.replace("\n", "\n  ")).append('\n');
        sb.append("Define-by-run would run them again with the new values and record a new graph;\n")
                .append("the replay keeps the recorded graph, so control flow is frozen")
                .append(r.controlFlow() ? " (the if/for/while above would not be decided again)" : "").append(".\n");
        return sb.toString();
    }
}
