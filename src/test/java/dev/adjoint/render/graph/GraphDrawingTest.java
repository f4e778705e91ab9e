package dev.adjoint.render.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.render.Symbols;
import dev.adjoint.render.Text;
import dev.adjoint.session.report.ExtendedGraph;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** :graph's pictures: the DOT always, the SVG through Graphviz when it is installed, the terminal drawing. */
class GraphDrawingTest {
    private static Trace lecture() {
        Tensor x1 = Tensor.leaf(NDArray.scalar(2), true);
        x1.setName("x1");
        Tensor x2 = Tensor.leaf(NDArray.scalar(5), true);
        x2.setName("x2");
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        return Trace.of("y", y, Trace.Order.DEPTH);
    }

    private static GraphModel model(Trace t, boolean edges, boolean extended, boolean ascii) {
        return GraphModel.of(t, new GraphModel.Options(ReverseReport.run(t, null), edges, true, extended ? ExtendedGraph.run(t) : null, 3, new Symbols(ascii)));
    }

    /** Node ids and edges ("a->b") of a DOT text. */
    private static List<String> matches(String dot, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(dot);
        while (m.find()) out.add(m.groupCount() == 1 ? m.group(1) : m.group(1) + "->" + m.group(2));
        return out;
    }

    @Test
    void dotOfTheLecture() {
        String dot = DotWriter.write(model(lecture(), true, false, false));
        assertThat(dot).startsWith("digraph \"y\" {").contains("rankdir=LR").endsWith("}\n");
        assertThat(matches(dot, "^  \"([^\"]+)\" \\[label=")).containsExactly("v1", "v2", "v3", "v4", "v5", "v6", "v7");
        assertThat(matches(dot, "^  \"([^\"]+)\" -> \"([^\"]+)\"")).containsExactlyInAnyOrder(
                "v1->v3", "v1->v4", "v2->v4", "v2->v5", "v3->v6", "v4->v6", "v6->v7", "v5->v7");
        assertThat(dot).contains("\"v2\" [label=\"v2 = x2\\n5\\nv\u03042 = 1.716\", shape=ellipse");
        assertThat(dot).contains("\"v7\" [label=\"v7 = v6 − v5\\n11.652\\nv\u03047 = 1\", peripheries=2");
        assertThat(dot).contains("\"v2\" -> \"v5\" [label=\"v\u03042→5 = -0.284\"]");
    }

    /** Reverse AD by extending the graph: the adjoints become nodes (here 9), v̄1 = 5.5 and v̄2 = 1.716 among them. */
    @Test
    void extendedGraphHasTheGradientNodes() {
        GraphModel m = model(lecture(), false, true, false);
        assertThat(m.gradientNodes()).isEqualTo(9);
        List<String> titles = m.nodes().stream().filter(n -> n.kind() == GraphModel.Kind.GRADIENT).map(n -> String.join(" | ", n.lines())).toList();
        assertThat(titles).anyMatch(s -> s.endsWith("| 5.5 | v\u03041"));
        assertThat(titles).anyMatch(s -> s.endsWith("| 1.716 | v\u03042"));
        assertThat(titles).anyMatch(s -> s.startsWith("g1 = seed y\u0304 | 1 | v\u03047 = v\u03046"));
        assertThat(m.edges().stream().filter(GraphModel.Edge::gradient).count()).isEqualTo(13);
        String dot = DotWriter.write(m);
        assertThat(dot).contains("style=\"rounded,filled,dashed\"");
    }

    @Test
    void quotesAreEscaped() {
        assertThat(DotWriter.quote("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\"");
    }

    /** The lecture's graph in the terminal: every node drawn, within 80 columns, arrows into every op. */
    @Test
    void boxDrawingFitsEightyColumns() {
        String text = BoxDrawing.draw(model(lecture(), false, false, false), 80, false, false);
        for (String line : text.split("\n")) assertThat(Text.width(line)).as(line).isLessThanOrEqualTo(80);
        for (String s : new String[] {"v1 = x1", "v2 = x2", "v3 = ln v1", "v4 = v1 × v2", "v5 = sin v2", "v6 = v3 + v4", "v7 = v6 − v5", "11.652", "v\u03042 = 1.716"})
            assertThat(text).contains(s);
        assertThat(text.chars().filter(c -> c == '▼').count()).isEqualTo(8); // one arrow per edge
        assertThat(text).contains("┏").contains("╭").doesNotContain("╔");
        String ascii = BoxDrawing.draw(model(lecture(), true, false, true), 80, true, false);
        assertThat(ascii).matches("(?s)\\p{ASCII}*").contains("vbar1->3 = 0.5");
        String colored = BoxDrawing.draw(model(lecture(), false, true, false), 200, false, true);
        assertThat(colored).contains("\u001b[1;35m╔"); // gradient boxes in bold magenta
    }

    /** Issue 14: an edge jogging one column drew "└┬", in ASCII "++---"; it now enters straight, and ASCII corners are not '+'. */
    @Test
    void edgesEnterStraightAndAsciiJunctionsAreReal() {
        String unicode = BoxDrawing.draw(model(lecture(), false, false, false), 80, false, false);
        assertThat(unicode).doesNotContain("└┬", "└─┬", "┘┬");
        String ascii = BoxDrawing.draw(model(lecture(), false, false, true), 80, true, false);
        assertThat(ascii).doesNotContain("++").contains("'-----.    .-----'");
    }

    /** A long chain is too big to draw: the summary collapses identical layers into one line. */
    @Test
    void largeGraphsAreSummarised() {
        Tensor x = Tensor.leaf(NDArray.scalar(1), true);
        x.setName("x");
        Tensor y = x;
        for (int i = 0; i < 1000; i++) y = Ops.sin(y);
        Trace t = Trace.of("y", y, Trace.Order.DEPTH);
        String text = BoxDrawing.draw(GraphModel.of(t, new GraphModel.Options(null, false, true, null, 3, new Symbols(false))), 80, false, false);
        assertThat(text).startsWith("y: 1001 nodes in 1001 layers");
        assertThat(text).contains("1-1000  1 each  sin");
        assertThat(text.split("\n")).hasSizeLessThan(6);
    }

    /** With Graphviz installed: the SVG has one node group per node, titled by id, with the labels as text. */
    @Test
    void svgThroughGraphviz(@TempDir Path dir) throws Exception {
        Path dot = Graphviz.find();
        Assumptions.assumeTrue(dot != null, "Graphviz's dot is not installed (apt-get install graphviz)");
        Path svg = dir.resolve("y.svg");
        Graphviz.render(dot, DotWriter.write(model(lecture(), true, true, false)), "svg", svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        NodeList groups = doc.getElementsByTagName("g");
        List<String> nodes = new ArrayList<>(), edges = new ArrayList<>();
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String title = g.getElementsByTagName("title").getLength() > 0 ? g.getElementsByTagName("title").item(0).getTextContent() : "";
            if (g.getAttribute("class").equals("node")) nodes.add(title);
            if (g.getAttribute("class").equals("edge")) edges.add(title);
        }
        NodeList text = doc.getElementsByTagName("text");
        for (int i = 0; i < text.getLength(); i++) texts.append(text.item(i).getTextContent()).append('\n');
        assertThat(nodes).hasSize(16).contains("v1", "v7", "g1", "g9");
        assertThat(edges).hasSize(21).contains("v1->v3", "v2->v5");
        assertThat(texts.toString()).contains("v3 = ln v1", "0.693", "v\u03042 = 1.716", "v\u03042→5 = -0.284", "5.5");
        assertThat(Files.size(svg)).isGreaterThan(1000);
    }
}
