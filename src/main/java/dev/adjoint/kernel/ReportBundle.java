package dev.adjoint.kernel;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.adjoint.render.Format;
import dev.adjoint.render.Html;
import dev.adjoint.render.Renderer;
import dev.adjoint.render.Style;
import dev.adjoint.render.ValueFormat;
import dev.adjoint.session.EchoStyle;
import dev.adjoint.render.graph.GraphPicture;
import dev.adjoint.render.graph.SvgDrawing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One report in every form a notebook can show, assembled from its renderings: text/plain (what
 * the terminal shows), text/html (from the Markdown rendering, see {@link Html}), text/latex (the
 * aligned derivation, for MathJax), application/json (SPEC section 3's JSON, as a JSON object),
 * image/svg+xml (a graph). Renderings a report does not have are left out.
 */
final class ReportBundle {
    private final Map<String, Object> data = new LinkedHashMap<>();

    ReportBundle(String plain) {
        data.put("text/plain", plain);
    }

    /**
     * A command's report: in the format asked for as text/plain; and when none was asked, also as
     * HTML (from the Markdown rendering), Markdown, LaTeX and JSON, whichever the report has. A
     * graph is its box drawing and its SVG ({@link SvgDrawing}: Graphviz's when installed, else
     * ours); a message ("session cleared") is text.
     */
    static MimeBundle of(Object report, Format asked, Style style) {
        ReportBundle b = new ReportBundle(Renderer.render(report, asked, style));
        if (report instanceof GraphPicture g) { // the picture always; the format asked for as text, and in its own type where a notebook has one
            b.svg(SvgDrawing.draw(g.model()), "graph of " + g.model().target());
            if (asked == Format.MARKDOWN) b.data.put("text/markdown", b.plain()); // the Mermaid source: the SVG is the HTML
            if (asked == Format.JSON) b.json(b.plain());
            return b.bundle(); // a TikZ picture is no MathJax: --format latex is text
        }
        if (report instanceof String) return b.bundle();
        Set<Format> has = Renderer.formats(report);
        switch (asked) {
            case MARKDOWN -> b.markdown(b.plain());
            case LATEX -> b.latex(b.plain());
            case JSON -> b.json(b.plain());
            case TEXT -> {
                if (has.contains(Format.MARKDOWN)) b.markdown(Renderer.render(report, Format.MARKDOWN, style));
                if (has.contains(Format.LATEX)) b.latex(Renderer.render(report, Format.LATEX, style));
                if (has.contains(Format.JSON)) b.json(Renderer.render(report, Format.JSON, style));
            }
        }
        return b.bundle();
    }

    /**
     * The value of an expression statement: its text as the prompt echoes it ({@link ValueFormat#echo}),
     * or {@code pretty}, IPython's text of it (functions and classes in IPython's forms), where not null;
     * a tensor the echo shows in adjoint's display also as a table (one shown as PyTorch's repr stays
     * text, as in a PyTorch notebook); the value's own rich forms ({@code _repr_html_}, ...; images as
     * bytes, sent in base64 as Jupyter wants them).
     */
    static MimeBundle value(Object value, ValueFormat values, EchoStyle style, String pretty, Map<String, Object> rich) {
        ReportBundle b = new ReportBundle(pretty != null ? pretty : values.echo(value, style));
        String table = ValueFormat.displays(value, style) ? Html.tensor(value, values.precision()) : null;
        if (table != null) b.data.put("text/html", table);
        rich.forEach((mime, form) -> b.data.put(mime, form instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : form));
        return b.bundle();
    }

    private String plain() {
        return (String) data.get("text/plain");
    }

    ReportBundle markdown(String markdown) {
        if (markdown != null) {
            data.put("text/html", Html.fromMarkdown(markdown));
            data.put("text/markdown", markdown);
        }
        return this;
    }

    /** The LaTeX of --format latex as display math: its comment lines dropped, \[ \] as $$ (what every front-end's MathJax or KaTeX reads). */
    ReportBundle latex(String latex) {
        if (latex == null) return this;
        StringBuilder math = new StringBuilder();
        for (String line : latex.split("\n")) {
            if (line.startsWith("%")) continue;
            math.append(line.equals("\\[") || line.equals("\\]") ? "$$" : line).append('\n');
        }
        data.put("text/latex", math.toString().strip());
        return this;
    }

    ReportBundle json(String json) {
        if (json == null) return this;
        try {
            data.put("application/json", JsonParser.parseString(json));
        } catch (JsonParseException e) {
            // not JSON after all (a message): the text forms say it
        }
        return this;
    }

    /**
     * A picture: image/svg+xml, and the same SVG as an HTML image. Front-ends prefer the HTML, and
     * nbconvert 6.5 passes SVG output through lxml's clean_html, which strips every SVG element
     * (an empty box in the exported page), while an {@code <img>} with a data URI survives.
     */
    ReportBundle svg(String svg, String alt) {
        if (svg == null) return this;
        data.put("image/svg+xml", svg);
        data.put("text/html", "<img alt=\"" + Html.escape(alt) + "\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)) + "\">\n");
        return this;
    }

    MimeBundle bundle() {
        return new MimeBundle(data);
    }
}
