package dev.adjoint.lang;

import java.util.Map;

/**
 * CPython 3.11's own docstrings and text signatures of the built-in functions, of math's functions
 * and of the standard modules adjoint offers, recorded in cpython_docs.tsv
 * (scripts/fixtures/cpython_docs.py): {@code len.__doc__}, {@code math.sqrt.__doc__},
 * {@code math.__doc__} and {@code inspect.signature(len)} give CPython's text. What was not
 * recorded has none here (adjoint's words are help()'s, never passed off as CPython's).
 */
final class CPythonDocs {
    private static final String RESOURCE = "cpython_docs.tsv";
    private static Map<String, String[]> table;

    private CPythonDocs() {}

    /** The docstring recorded for a qualified name (builtins.len, math.sqrt) or a module's name, or null. */
    static String doc(String qualified) {
        String[] entry = table().get(qualified);
        return entry == null ? null : entry[1];
    }

    /** The __text_signature__ recorded for a built-in function ({@code ($module, obj, /)}), or null. */
    static String textSignature(String qualified) {
        String[] entry = table().get(qualified);
        return entry == null || entry[0].isEmpty() ? null : entry[0];
    }

    /** The qualified name of a built-in function: builtins.NAME for Python's own, MODULE.NAME for an imported module's; null otherwise. */
    static String qualifiedName(Builtin f, Interpreter in) {
        if (in.builtinNamed(f.name()) == f) return "builtins." + f.name();
        return in.modules().memberName(f);
    }

    private static synchronized Map<String, String[]> table() {
        if (table != null) return table;
        table = TsvResource.read(RESOURCE);
        for (String[] fields : table.values()) for (int i = 0; i < fields.length; i++) fields[i] = TsvResource.unescaped(fields[i]);
        return table;
    }
}
