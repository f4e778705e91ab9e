package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.Trace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** HTML of a report, from its Markdown: the same words and numbers, as a table a notebook shows. */
class HtmlTest {
    static Trace lecture() {
        Tensor x1 = Tensor.leaf(NDArray.scalar(2), true);
        x1.setName("x1");
        Tensor x2 = Tensor.leaf(NDArray.scalar(5), true);
        x2.setName("x2");
        return Trace.of("y", Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2)), Trace.Order.DEPTH);
    }

    static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTraceBecomesATableWithItsTitleAndFooter() throws Exception {
        String html = Html.fromMarkdown(new ReportText(3, new Symbols(false), true).trace(lecture()));
        Document d = parse(html); // well-formed: the notebook gets valid markup
        assertThat(d.getElementsByTagName("b").item(0).getTextContent()).startsWith("Forward trace of y");
        NodeList th = d.getElementsByTagName("th");
        assertThat(th.getLength()).isEqualTo(3);
        assertThat(th.item(2).getTextContent()).isEqualTo("value");
        assertThat(((Element) th.item(2)).getAttribute("style")).contains("text-align:right");
        NodeList rows = d.getElementsByTagName("tr");
        assertThat(rows.getLength()).isEqualTo(8);
        assertThat(rows.item(3).getTextContent()).contains("v3", "ln v1", "0.693");
        assertThat(d.getElementsByTagName("pre").item(0).getTextContent()).isEqualTo("y = v7 = 11.652");
    }

    @Test
    void markupIsEscapedAndEscapedBarsComeBack() throws Exception {
        String html = Html.fromMarkdown("**a < b & c**\n\n| x | y |\n| --- | ---: |\n| a\\|b | <1> |\n\n- one\n- two\nplain & text\n");
        Document d = parse(html);
        assertThat(d.getElementsByTagName("b").item(0).getTextContent()).isEqualTo("a < b & c");
        assertThat(d.getElementsByTagName("td").item(0).getTextContent()).isEqualTo("a|b");
        assertThat(d.getElementsByTagName("td").item(1).getTextContent()).isEqualTo("<1>");
        assertThat(d.getElementsByTagName("li").getLength()).isEqualTo(2);
        assertThat(d.getElementsByTagName("pre").item(0).getTextContent()).isEqualTo("plain & text");
    }

    @Test
    void aMismatchRowIsRedAsInTheTerminal() throws Exception {
        Document d = parse(Html.fromMarkdown("| input | verdict |\n| --- | --- |\n| x1 | ok |\n| x2 | MISMATCH |\n"));
        NodeList rows = d.getElementsByTagName("tr");
        assertThat(((Element) rows.item(1)).getAttribute("style")).isEmpty();
        assertThat(((Element) rows.item(2)).getAttribute("style")).isEqualTo(Html.BAD);
    }
}
