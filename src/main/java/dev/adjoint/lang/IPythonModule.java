package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IPython.display: {@code display(*objs)}, which notebooks call to show several values of one cell
 * (each shown as the cell's last expression would be: in the kernel a display_data of its MIME
 * bundle, at the prompt its echo; in a script, where IPython has no shell, printed), and the rich
 * objects notebooks build, {@code HTML}, {@code Markdown}, {@code Latex}, {@code Math}, {@code SVG}
 * and {@code Image}: each has IPython's {@code _repr_html_} (or markdown, latex, svg, png, jpeg)
 * method, which the kernel sends as that MIME type ({@link #richReprs}), and IPython's text where
 * there is no notebook, {@code <IPython.core.display.HTML object>}.
 */
final class IPythonModule {
    private IPythonModule() {}

    /** IPython's formatters: the method each MIME type of a display comes from, in IPython's order. */
    private static final Map<String, String> FORMATTERS = new LinkedHashMap<>();

    static {
        FORMATTERS.put("_repr_html_", "text/html");
        FORMATTERS.put("_repr_markdown_", "text/markdown");
        FORMATTERS.put("_repr_svg_", "image/svg+xml");
        FORMATTERS.put("_repr_png_", "image/png");
        FORMATTERS.put("_repr_jpeg_", "image/jpeg");
        FORMATTERS.put("_repr_latex_", "text/latex");
    }

    private static final PyClass TEXT_DISPLAY = PyClass.library("TextDisplayObject", "IPython.core.display", null);
    static final PyClass HTML = richClass("HTML", "_repr_html_");
    static final PyClass MARKDOWN = richClass("Markdown", "_repr_markdown_");
    static final PyClass LATEX = richClass("Latex", "_repr_latex_");
    static final PyClass SVG = richClass("SVG", "_repr_svg_");
    static final PyClass MATH = PyClass.library("Math", "IPython.core.display", TEXT_DISPLAY);
    static final PyClass IMAGE = PyClass.library("Image", "IPython.core.display", null);

    static {
        TEXT_DISPLAY.method("__init__", a -> {
            a.expect(0, 3, "data", "url", "filename", "metadata");
            Object data = a.option(0, "data", null), filename = a.option(2, "filename", null), url = a.option(1, "url", null);
            if (data == null && filename != null) data = ReadOnlyFiles.text(ReadOnlyFiles.pathText(filename, "open()"));
            if (data == null && url != null) throw PyError.notSupported("IPython.display from a url (adjoint reaches no network)");
            ((PyInstance) a.self()).setOwn("data", data instanceof String || data == null ? data : Repr.str(data));
            return null;
        });
        TEXT_DISPLAY.method("__repr__", a -> "<" + "IPython.core.display." + ((PyInstance) a.self()).pyClass().name() + " object>");
        MATH.method("_repr_latex_", a -> { // as IPython 8: display math, without $ of its own
            Object data = data(a);
            return data == null ? null : "$\\displaystyle " + stripDollars((String) data) + "$";
        });
        IMAGE.method("__init__", a -> {
            a.expect(0, 7, "data", "url", "filename", "format", "embed", "width", "height", "retina", "unconfined", "metadata", "alt");
            PyInstance self = (PyInstance) a.self();
            Object data = a.option(0, "data", null), url = a.option(1, "url", null), filename = a.option(2, "filename", null), format = a.option(3, "format", null);
            if (data instanceof String s && !s.startsWith("http")) filename = s; // Image('x.png')
            else if (data instanceof String s) url = s;
            byte[] bytes = data instanceof PyBytes b ? b.data() : filename != null ? ReadOnlyFiles.read(ReadOnlyFiles.pathText(filename, "open()"), false) : null;
            if (bytes == null && url == null) throw PyError.value("No image data found. Expecting filename, url, or data.");
            String name = filename != null ? ReadOnlyFiles.pathText(filename, "open()").toLowerCase(java.util.Locale.ROOT) : "";
            String kind = format != null ? Repr.str(format).toLowerCase(java.util.Locale.ROOT)
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") || bytes != null && bytes.length > 1 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? "jpeg" : "png";
            self.setOwn("data", bytes == null ? null : PyBytes.of(bytes));
            self.setOwn("url", url);
            self.setOwn("format", kind.equals("jpg") ? "jpeg" : kind);
            return null;
        });
        IMAGE.method("__repr__", a -> "<IPython.core.display.Image object>");
        IMAGE.method("_repr_png_", a -> image(a, "png"));
        IMAGE.method("_repr_jpeg_", a -> image(a, "jpeg"));
        IMAGE.method("_repr_html_", a -> { // an image by its url: an img element, as IPython's when it does not embed
            PyInstance self = (PyInstance) a.self();
            return self.own("data") == null && self.own("url") instanceof String url ? "<img src=\"" + url + "\"/>" : null;
        });
    }

    /** A class whose method {@code formatter} returns the data it was made with. */
    private static PyClass richClass(String name, String formatter) {
        PyClass c = PyClass.library(name, "IPython.core.display", TEXT_DISPLAY);
        c.method(formatter, IPythonModule::data);
        return c;
    }

    private static Object data(Args a) {
        return ((PyInstance) a.self()).own("data");
    }

    private static Object image(Args a, String format) {
        PyInstance self = (PyInstance) a.self();
        return format.equals(self.own("format")) ? self.own("data") : null;
    }

    private static String stripDollars(String s) {
        int from = 0, to = s.length();
        while (from < to && s.charAt(from) == '$') from++;
        while (to > from && s.charAt(to - 1) == '$') to--;
        return s.substring(from, to);
    }

    /**
     * The rich forms of {@code value} a notebook shows beside its text, by MIME type, as IPython's
     * display formatter finds them: each {@code _repr_html_}, {@code _repr_markdown_}, ... the value
     * has and that returns something other than None (images as their bytes). A method that fails
     * is left out, as IPython leaves it out (after a warning).
     */
    static Map<String, Object> richReprs(Interpreter in, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(value instanceof PyInstance)) return out;
        for (Map.Entry<String, String> f : FORMATTERS.entrySet()) {
            Object method;
            try {
                method = Attributes.getOrNull(in, value, f.getKey());
                if (method == null) continue;
                Object repr = in.call(method, new ArrayList<>());
                if (repr instanceof PyBytes b) out.put(f.getValue(), b.data());
                else if (repr != null) out.put(f.getValue(), Repr.str(repr));
            } catch (LangError | PyError e) {
                // IPython warns and shows the other forms
            }
        }
        return out;
    }

    /** IPython.display. */
    static PyModule createDisplay() {
        PyModule m = new PyModule("IPython.display");
        m.add(Builtin.of("display", a -> {
            a.expect(0, Integer.MAX_VALUE, "include", "exclude", "metadata", "transient", "display_id", "raw", "clear");
            a.interpreter().printer().display(new java.util.ArrayList<>(a.positional()));
            return null;
        }));
        for (PyClass c : List.of(HTML, MARKDOWN, LATEX, MATH, SVG, IMAGE)) m.add(c.name(), c);
        return m;
    }

    /** IPython, whose display is the module above (from IPython import display). */
    static PyModule create() {
        PyModule m = new PyModule("IPython");
        m.add("display", createDisplay());
        return m;
    }
}
