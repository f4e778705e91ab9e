package dev.adjoint.lang;


/**
 * Python's {@code __future__}: programs pasted from notebooks and libraries start with
 * {@code from __future__ import annotations}. Every feature it names is what adjoint does anyway,
 * except annotations: after importing it (which binds the name {@code annotations} to its
 * feature) a def's annotations are kept as their source text, not evaluated (Interpreter.annotate).
 * The feature values print as CPython 3.11's.
 */
final class FutureModule {
    private FutureModule() {}

    record Feature(String text) implements HostObject, PyReprable {
        @Override
        public String typeName() {
            return "_Feature";
        }

        @Override
        public String pyRepr() {
            return "_Feature(" + text + ")";
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("__future__");
        m.add("nested_scopes", new Feature("(2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16"));
        m.add("generators", new Feature("(2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0"));
        m.add("division", new Feature("(2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072"));
        m.add("absolute_import", new Feature("(2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144"));
        m.add("with_statement", new Feature("(2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288"));
        m.add("print_function", new Feature("(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576"));
        m.add("unicode_literals", new Feature("(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152"));
        m.add("generator_stop", new Feature("(3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608"));
        m.add("annotations", new Feature("(3, 7, 0, 'beta', 1), None, 16777216"));
        return m;
    }
}
