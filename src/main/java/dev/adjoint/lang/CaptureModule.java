package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IPython.utils.capture's CapturedIO, what a notebook's {@code %%capture NAME} binds: {@code stdout}
 * and {@code stderr} (the text the cell printed), {@code outputs} (what it showed, each a
 * RichOutput with its {@code data} by MIME type and {@code metadata}), and {@code show()} (also
 * calling the object), which prints and shows it all again, as IPython's does.
 */
final class CaptureModule {
    private CaptureModule() {}

    private static final String MODULE = "IPython.utils.capture";
    static final PyClass CAPTURED_IO = PyClass.library("CapturedIO", MODULE, null);
    static final PyClass RICH_OUTPUT = PyClass.library("RichOutput", MODULE, null);
    /** The rich forms of a RichOutput, as IPython's RichOutput offers them to the display formatter. */
    private static final Map<String, String> FORMS = Map.of("_repr_html_", "text/html", "_repr_markdown_", "text/markdown",
            "_repr_latex_", "text/latex", "_repr_svg_", "image/svg+xml", "_repr_json_", "application/json");

    static {
        CAPTURED_IO.method("show", CaptureModule::show);
        CAPTURED_IO.method("__call__", CaptureModule::show);
        RICH_OUTPUT.method("display", a -> {
            a.expect(0, 0);
            a.interpreter().printer().display(new ArrayList<>(List.of(a.self())));
            return null;
        });
        // shown again by show(), its text is its text/plain (IPython publishes its data as it was)
        RICH_OUTPUT.method("__repr__", a -> dataOf(a.self()).get("text/plain") instanceof String s ? s : "<" + MODULE + ".RichOutput object>");
        FORMS.forEach((method, mime) -> RICH_OUTPUT.method(method, a -> dataOf(a.self()).get(mime)));
    }

    private static Object show(Args a) {
        a.expect(0, 0);
        PyInstance self = (PyInstance) a.self();
        Printer p = a.interpreter().printer();
        if (self.own("stdout") instanceof String out && !out.isEmpty()) p.write(out);
        if (self.own("stderr") instanceof String err && !err.isEmpty()) p.writeError(err);
        List<Object> outputs = Values.items(self.own("outputs"));
        if (!outputs.isEmpty()) p.display(new ArrayList<>(outputs));
        return null;
    }

    private static PyDict dataOf(Object self) {
        return (PyDict) ((PyInstance) self).own("data");
    }

    /** A CapturedIO holding what a cell printed and showed (each output its data by MIME type). */
    static PyInstance captured(Interpreter in, String stdout, String stderr, List<Map<String, String>> outputs) {
        List<Object> rich = new ArrayList<>();
        for (Map<String, String> data : outputs) {
            PyInstance r = PyInstance.blank(RICH_OUTPUT, in);
            PyDict d = new PyDict();
            data.forEach(d::put);
            r.setOwn("data", d);
            r.setOwn("metadata", new PyDict());
            rich.add(r);
        }
        PyInstance io = PyInstance.blank(CAPTURED_IO, in);
        io.setOwn("stdout", stdout);
        io.setOwn("stderr", stderr);
        io.setOwn("outputs", new PyList(rich));
        return io;
    }
}
