package dev.adjoint.lang;

import java.util.Map;

/**
 * What help() and a notebook's Shift-Tab say about a NumPy or PyTorch name: its call as the library
 * documents it and the start of its docstring, recorded from NumPy 1.24 and torch 1.13 in
 * signatures.tsv (scripts/fixtures/signatures.py), for the names adjoint has. A lecture function
 * of the same name ({@code zeros(*shape)}, {@code sum(x, axis=None)}) has other arguments, so a
 * library's function is never answered with the lecture's help.
 */
public final class LibraryHelp {
    private static final String RESOURCE = "signatures.tsv";
    private static Map<String, String[]> table;

    private LibraryHelp() {}

    /** The help text of a library's name ("numpy.zeros", "torch.Tensor.sum"), or null if none was recorded. */
    public static String text(String qualified) {
        String[] entry = table().get(qualified);
        if (entry == null) return null;
        StringBuilder sb = new StringBuilder();
        for (String signature : entry[0].split(" \\| ")) sb.append(signature).append('\n');
        if (!entry[1].isEmpty()) sb.append('\n').append(entry[1]).append('\n');
        return sb.toString();
    }

    /**
     * :help NAME of a NumPy or PyTorch name the session has not bound ({@code mse_loss},
     * {@code F.cross_entropy}: the part after the last dot): every recorded name that ends so, each
     * with its help; null if none does.
     */
    public static String named(String name) {
        String last = "." + name.substring(name.lastIndexOf('.') + 1);
        StringBuilder sb = new StringBuilder();
        table().keySet().stream().filter(q -> q.endsWith(last)).sorted()
                .forEach(q -> sb.append(sb.length() == 0 ? "" : "\n").append(q).append(":\n").append(text(q).indent(4)));
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * The library's name of {@code v}: {@code torch.Tensor.NAME} for a tensor's method, MODULE.NAME
     * for a member of a module this session imported (numpy.zeros, torch.nn.functional.relu); null
     * for anything else.
     */
    public static String qualifiedName(Object v, Interpreter interpreter) {
        if (v instanceof BoundMethod m) return "torch.Tensor." + m.name();
        return interpreter.modules().memberName(v);
    }

    /**
     * The name {@code v} has in the recorded texts (scripts/fixtures/library_texts.py): builtins.NAME
     * for one of Python's builtins (len, int; not a lecture function), else as {@link #qualifiedName};
     * null for anything else.
     */
    static String recordedName(Object v, Interpreter interpreter) {
        String name = v instanceof Callable c ? c.name() : v instanceof PyClass c && c.isBuiltin() ? c.name() : null;
        if (name != null && Builtins.table().get(name) == v && RecordedTexts.IPYTHON_FORMS.get("builtins." + name) != null) return "builtins." + name;
        return v instanceof Callable || v instanceof PyClass ? qualifiedName(v, interpreter) : null;
    }

    /** What help(v) prints in CPython for a function or class of Python's, NumPy's or PyTorch's (a class's head); null if none was recorded. */
    static String pydoc(Object v, Interpreter interpreter) {
        return RecordedTexts.PYDOC.get(recordedName(v, interpreter));
    }

    /**
     * A notebook's inspect (Shift-Tab, {@code NAME?}) of a dotted name: a library function's
     * signature, a lecture or user function's help (as help() gives it), or a value's type, text and
     * length, as IPython shows them; null when the name is not bound.
     */
    public static String inspect(String dotted, Interpreter interpreter) {
        Object v = interpreter.valueOfName(dotted);
        if (v == Environment.UNBOUND) return null;
        int dot = dotted.lastIndexOf('.');
        Object receiver = dot < 0 ? null : interpreter.valueOfName(dotted.substring(0, dot));
        String name = dotted.substring(dot + 1);
        boolean lecture = dot < 0 && Builtins.table().get(name) == v; // a bare lecture name: the lecture's help, though torch has it too
        String library = receiver != null && Values.typeName(receiver).equals("numpy.ndarray") ? "numpy.ndarray." + name // (its methods are made when asked for)
                : lecture ? null : qualifiedName(v, interpreter);
        String libraryText = library == null ? null : text(library);
        if (libraryText != null) return libraryText;
        if (v instanceof Callable || v instanceof PyClass) return SiteBuiltins.Helper.text(v, interpreter);
        String type = Values.typeName(v);
        StringBuilder sb = new StringBuilder("Type:        ").append(type.substring(type.lastIndexOf('.') + 1)).append('\n');
        sb.append("String form: ").append(Repr.str(v)).append('\n');
        try {
            Object length = v instanceof PyInstance ? null : PyBuiltins.len(v); // (a class's __len__ is its code: not run to inspect)
            if (length != null) sb.append("Length:      ").append(length).append('\n');
        } catch (RuntimeException noLength) {
            // IPython leaves the line out
        }
        return sb.toString();
    }

    /**
     * A notebook's {@code NAME??} (IPython's pinfo2): of a function or method the program defined,
     * IPython's Signature, Source and Type fields (a Docstring field before the source when the
     * source holds none: {@code <no docstring>}; no File field: a cell has no file); of anything
     * else what {@code NAME?} shows ({@link #inspect}); null when the name is not bound.
     */
    public static String inspectSource(String dotted, Interpreter interpreter) {
        Object v = interpreter.valueOfName(dotted);
        UserFunction f = v instanceof UserFunction u ? u : v instanceof BoundCallable b && b.function() instanceof UserFunction u ? u : null;
        if (f == null) return inspect(dotted, interpreter);
        java.util.List<String[]> fields = new java.util.ArrayList<>();
        fields.add(new String[] {"Signature", dotted + Signatures.of(v, interpreter).pyStr()});
        if (Attributes.docstring(f) == null) { // (IPython leaves out a docstring the source shows)
            String inherited = PydocText.docstring(f, f.definingClass());
            fields.add(new String[] {"Docstring", inherited == null ? "<no docstring>" : inherited});
        }
        fields.add(new String[] {"Source", String.join("", InspectModule.sourceLines(v))});
        fields.add(new String[] {"Type", v instanceof UserFunction ? "function" : "method"});
        return ipythonFields(fields);
    }

    /** IPython's format_mime: each field's head padded to the longest, its text after a space, or on the next lines when it has several. */
    private static String ipythonFields(java.util.List<String[]> fields) {
        int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] f : fields) {
            String body = f[1].replaceAll("^\n+|\n+$", "");
            out.append(f[0]).append(':').append(" ".repeat(width - f[0].length())).append(body.contains("\n") ? "\n" : " ").append(body).append('\n');
        }
        return out.toString();
    }

    private static synchronized Map<String, String[]> table() {
        if (table == null) table = TsvResource.read(RESOURCE);
        return table;
    }
}
