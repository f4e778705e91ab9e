package dev.adjoint.kernel;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.adjoint.render.Html;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

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
