package dev.adjoint.render.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.render.Format;
import dev.adjoint.render.Renderer;
import dev.adjoint.render.Style;
import dev.adjoint.render.Symbols;
import dev.adjoint.session.report.ExtendedGraph;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.testing.StrictJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Z67: :graph as JSON (SPEC section 3's node shape), Markdown (a Mermaid flowchart) and LaTeX (a TikZ picture). */
class GraphFormatsTest {
    static Trace lecture(Trace.Numbering numbering) {
        Tensor x1 = Tensor.leaf(NDArray.scalar(2), true);
        x1.setName("x1");
        Tensor x2 = Tensor.leaf(NDArray.scalar(5), true);
        x2.setName("x2");
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        return Trace.of("y", y, Trace.Order.DEPTH, numbering);
    }

    /** x * x + 3: two edges between the same nodes, and a folded constant. */
    static Trace square() {
        Tensor x = Tensor.leaf(NDArray.scalar(3), true);
        x.setName("x");
        return Trace.of("q", Ops.add(Ops.mul(x, x), Ops.scalar(3)), Trace.Order.DEPTH);
    }

    static GraphModel model(Trace t, boolean edges, boolean fold, boolean extended) {
        return GraphModel.of(t, new GraphModel.Options(ReverseReport.run(t, null), edges, fold, extended ? ExtendedGraph.run(t) : null, 3, new Symbols(false)));
    }

    private static String render(GraphModel m, Format f) {
        return Renderer.render(new GraphPicture(m, 80), f, Style.DEFAULT);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void jsonHasEveryNodeWithItsIdOpInputsValueAndAdjoint() {
        Map<?, ?> g = (Map<?, ?>) StrictJson.parse(render(model(lecture(Trace.Numbering.CMU), false, false, false), Format.JSON).strip());
        assertThat(g.get("target")).isEqualTo("y");
        assertThat(g.get("output")).isEqualTo("v7");
        List<Map<String, Object>> nodes = list(g.get("nodes"));
        assertThat(nodes).extracting(n -> n.get("id")).containsExactly("v1", "v2", "v3", "v4", "v5", "v6", "v7");
        assertThat(nodes.get(0)).containsEntry("op", "input").containsEntry("name", "x1").containsEntry("kind", "input")
                .containsEntry("layer", 0.0).containsEntry("value", 2.0).containsEntry("adjoint", 5.5).containsEntry("inputs", List.of());
        assertThat(nodes.get(3)).containsEntry("op", "mul").containsEntry("inputs", List.of("v1", "v2")).containsEntry("value", 10.0).containsEntry("layer", 1.0);
        assertThat(nodes.get(6)).containsEntry("kind", "output").containsEntry("value", 11.652071455223084);
        assertThat((double) nodes.get(1).get("adjoint")).isCloseTo(1.716, org.assertj.core.data.Offset.offset(1e-3));
        List<Map<String, Object>> edges = list(g.get("edges"));
        assertThat(edges).hasSize(8);
        assertThat(edges.get(0)).containsEntry("from", "v1").containsEntry("to", "v3").containsEntry("partial_adjoint", 0.5);
    }

    @Test
    void jsonKeepsConstantsAndTheExtendedGraph() {
        Map<?, ?> g = (Map<?, ?>) StrictJson.parse(render(model(square(), false, false, true), Format.JSON).strip());
        List<Map<String, Object>> nodes = list(g.get("nodes"));
        assertThat(nodes).anySatisfy(n -> assertThat(n).containsEntry("op", "const").containsEntry("value", 3.0).containsEntry("kind", "constant"));
        assertThat(nodes).anySatisfy(n -> assertThat(n).containsEntry("op", "seed").containsEntry("adjoint_of", List.of("v3", "v2"))); // the add passes the seed on: one node
        assertThat(nodes).anySatisfy(n -> assertThat(n).containsEntry("kind", "gradient").containsEntry("adjoint_of", List.of("v1")).containsEntry("value", 6.0));
        Map<String, Object> mul = nodes.stream().filter(n -> "mul".equals(n.get("op")) && "op".equals(n.get("kind"))).findFirst().orElseThrow();
        assertThat(mul.get("inputs")).isEqualTo(List.of("v1", "v1"));
        assertThat(list(g.get("edges"))).anySatisfy(e -> assertThat(e).containsEntry("gradient", true));
    }

    @Test
    void markdownIsAMermaidFlowchart() {
        String md = render(model(lecture(Trace.Numbering.CMU), true, true, false), Format.MARKDOWN);
        assertThat(md).startsWith("```mermaid\nflowchart LR\n").endsWith("```\n");
        assertThat(md).contains("  v1([\"v1 = x1<br>2<br>v\u03041 = 5.5\"])\n", "  v7[[\"v7 = v6 \u2212 v5<br>11.652<br>v\u03047 = 1\"]]\n",
                "  v1 -->|\"v\u03041\u21923 = 0.5\"| v3\n");
        // Baydin's ids v-1, v0 are no Mermaid ids as they stand
        String baydin = render(model(lecture(Trace.Numbering.BAYDIN), false, true, false), Format.MARKDOWN);
        assertThat(baydin).contains("  v_1([\"v-1 = x1").doesNotContain(" v-1 -->");
        assertThat(MermaidChart.escape("a \"b\" <c> #d")).isEqualTo("a #quot;b#quot; #lt;c#gt; #35;d");
        String extended = render(model(square(), false, true, true), Format.MARKDOWN);
        assertThat(extended).contains(" -.-> ", "classDef gradient");
    }

    @Test
    void latexIsATikzPicture() {
        String tex = render(model(lecture(Trace.Numbering.BAYDIN), true, true, false), Format.LATEX);
        assertThat(tex).matches("\\p{ASCII}*").startsWith("% adjoint: graph of y, 7 nodes, 8 edges").contains("\\begin{tikzpicture}", "\\end{tikzpicture}");
        assertThat(tex).contains("\\node[vin] (vm1) at (0, 0.5) {$v_{-1} = x_{1}$ \\\\ $2$ \\\\ $\\bar v_{-1} = 5.5$};");
        assertThat(tex).contains("\\draw[->] (vm1) -- node[vedge] {$\\overline{v_{-1\\to 1}} = 0.5$} (v1);");
        assertThat(tex.lines().filter(l -> l.startsWith("\\node[")).count()).isEqualTo(7);
        assertThat(balanced(tex)).isTrue();
        String sq = render(model(square(), true, true, true), Format.LATEX);
        assertThat(sq).contains("to[bend left=15]", "to[bend right=15]", "\\text{seed } \\bar{q}", "[vgrad]");
        assertThat(balanced(sq)).isTrue();
    }

    static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.replace("\\{", "").replace("\\}", "").toCharArray()) {
            if (c == '{') depth++;
            if (c == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }
}
