package dev.adjoint.lang;

/**
 * IPython.display's {@code display(*objs)}, which notebooks call to show several values of one
 * cell: each value is shown as the cell's last expression would be (in the kernel a display_data
 * of its MIME bundle, at the prompt its echo); in a script, where IPython has no shell, each is
 * printed, as IPython's display then prints them. Markdown, HTML and the other rich classes are
 * not offered.
 */
final class IPythonModule {
    private IPythonModule() {}

    /** IPython.display. */
    static PyModule createDisplay() {
        PyModule m = new PyModule("IPython.display");
        m.add(Builtin.of("display", a -> {
            a.expect(0, Integer.MAX_VALUE, "include", "exclude", "metadata", "transient", "display_id", "raw", "clear");
            a.interpreter().printer().display(new java.util.ArrayList<>(a.positional()));
            return null;
        }));
        return m;
    }

    /** IPython, whose display is the module above (from IPython import display). */
    static PyModule create() {
        PyModule m = new PyModule("IPython");
        m.add("display", createDisplay());
        return m;
    }
}
