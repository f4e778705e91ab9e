package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's argparse as training scripts use it: ArgumentParser with add_argument (flags or a
 * positional name; type, default, action store/store_const/store_true/store_false/append/
 * append_const/count/help/version, choices, help, nargs, required, dest, metavar),
 * parse_args/parse_known_args of a list or of sys.argv[1:], set_defaults, Namespace,
 * add_argument_group ({@link ArgparseGroup}), and
 * CPython's help and usage text ({@link ArgparseHelp}) and errors: the usage and
 * "PROG: error: ..." on sys.stderr, then SystemExit(2). The parsing follows CPython's: each
 * string is an option ('O') or an argument ('A'), and nargs patterns match runs of them.
 */
final class ArgparseModule {
    private ArgparseModule() {}

    static final String SUPPRESS = "==SUPPRESS==";
    static final String TYPE_ERROR = "argparse.ArgumentTypeError";

    static final PyClass NAMESPACE = namespaceClass();
    static final PyClass PARSER = PyClass.builtin("ArgumentParser", "argparse", BuiltinTypes.OBJECT, Builtin.of("ArgumentParser", ArgparseParser::create));

    static PyModule create() {
        PyModule m = new PyModule("argparse");
        m.add("ArgumentParser", PARSER).add("Namespace", NAMESPACE).add("SUPPRESS", SUPPRESS).add("OPTIONAL", "?").add("ZERO_OR_MORE", "*")
                .add("ONE_OR_MORE", "+").add("ArgumentTypeError", Exceptions.named(TYPE_ERROR)).add("ArgumentError", Exceptions.named("argparse.ArgumentError"));
        return m;
    }

    /** argparse.Namespace: attributes given as keywords, shown as Namespace(a=1, b='x') in the order they were set. */
    private static PyClass namespaceClass() {
        PyClass cls = PyClass.library("Namespace", "argparse", null);
        cls.method("__init__", a -> {
            a.expect(0, 0, a.keywords().keySet().toArray(new String[0]));
            for (Map.Entry<String, Object> e : a.keywords().entrySet()) ((PyInstance) a.self()).setOwn(e.getKey(), e.getValue());
            return null;
        });
        cls.method("__repr__", a -> {
            PyInstance self = (PyInstance) a.self();
            List<String> parts = new ArrayList<>(), others = new ArrayList<>(); // argparse's _AttributeHolder: the names, then **{the rest}
            for (Map.Entry<String, Object> e : self.attributes().entrySet()) {
                String k = e.getKey();
                if (StrMethods.isIdentifier(k)) parts.add(k + "=" + Repr.repr(e.getValue()));
                else others.add(Repr.repr(k) + ": " + Repr.repr(e.getValue()));
            }
            if (!others.isEmpty()) parts.add("**{" + String.join(", ", others) + "}");
            return self.pyClass().name() + "(" + String.join(", ", parts) + ")";
        });
        cls.method("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (!(other instanceof PyInstance o) || !o.pyClass().isSubclassOf(cls)) return Dunders.NOT_IMPLEMENTED;
            return Operators.equal(dict((PyInstance) a.self()), dict(o));
        });
        cls.method("__contains__", a -> ((PyInstance) a.self()).attributes().containsKey(Repr.str(a.expect(1, 1).get(0))));
        return cls;
    }

    private static PyDict dict(PyInstance i) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : i.attributes().entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }
}
