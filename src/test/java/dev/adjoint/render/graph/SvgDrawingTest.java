package dev.adjoint.render.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.render.Symbols;
import dev.adjoint.session.report.ExtendedGraph;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The notebook's picture of a graph: our own SVG always, Graphviz's when dot is installed. */
class SvgDrawingTest {
    private static GraphModel lecture(boolean edges, boolean extended) {
        Tensor x1 = Tensor.leaf(NDArray.scalar(2), true);
        x1.setName("x1");
        Tensor x2 = Tensor.leaf(NDArray.scalar(5), true);
        x2.setName("x2");
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        Trace t = Trace.of("y", y, Trace.Order.DEPTH);
        return GraphModel.of(t, new GraphModel.Options(ReverseReport.run(t, null), edges, true, extended ? ExtendedGraph.run(t) : null, 3, new Symbols(false)));
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        NodeList list = d.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) out.add(list.item(i).getTextContent());
        return out;
    }

    @Test
    void ourDrawingIsWellFormedSvgWithEveryNodeAndEdge() throws Exception {
        GraphModel m = lecture(false, false);
        Document d = parse(SvgDrawing.layered(m));
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(texts(d)).contains("v1 = x1", "v3 = ln v1", "v7 = v6 \u2212 v5", "11.652", "v\u03041 = 5.5");
        assertThat(d.getElementsByTagName("path").getLength() - 2).as("edges (two paths are arrowheads)").isEqualTo(m.edges().size());
        assertThat(d.getElementsByTagName("rect").getLength()).isEqualTo(m.nodes().size());
    }

    @Test
    void layersGoTopToBottomAndTheOutputHasAHeavyBorder() throws Exception {
        Document d = parse(SvgDrawing.layered(lecture(false, false)));
        NodeList rects = d.getElementsByTagName("rect");
        double inputY = -1, outputY = -1;
        int heavy = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            org.w3c.dom.Element r = (org.w3c.dom.Element) rects.item(i);
            double y = Double.parseDouble(r.getAttribute("y"));
            if (r.hasAttribute("rx")) inputY = y;
            if (r.getAttribute("stroke-width").equals("3")) {
                heavy++;
                outputY = y;
            }
        }
        assertThat(heavy).isEqualTo(1);
        assertThat(outputY).isGreaterThan(inputY);
    }

    @Test
    void edgeLabelsAndGradientNodesAreDrawnInTheAccentColour() throws Exception {
        String svg = SvgDrawing.layered(lecture(true, true));
        Document d = parse(svg);
        assertThat(texts(d)).anyMatch(s -> s.startsWith("v\u03041\u21923 = "));
        assertThat(svg).contains("stroke=\"" + SvgDrawing.ACCENT + "\"");
    }

    @Test
    void throughGraphvizWhenInstalled() throws Exception {
        Assumptions.assumeTrue(Graphviz.find() != null, "Graphviz's dot is not installed");
        String svg = SvgDrawing.draw(lecture(false, false));
        assertThat(svg).startsWith("<svg");
        assertThat(texts(parse(svg))).contains("v3 = ln v1");
    }
}
