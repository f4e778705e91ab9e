package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * One add_argument: its option strings (none for a positional), dest, kind of action (store,
 * store_true, count, ...), nargs (null, "?", "*", "+" or a count), const, default, type,
 * choices, required, help and metavar, as CPython's Action keeps them.
 */
final class ArgparseAction implements TabledHostObject, PyReprable {
    final List<String> optionStrings;
    final String dest, kind;
    final Object nargs, konst, type, metavar, version;
    Object deflt;
    final List<Object> choices;
    final boolean required;
    final String help;

    ArgparseAction(List<String> optionStrings, String dest, String kind, Object nargs, Object konst, Object deflt, Object type, List<Object> choices,
            boolean required, String help, Object metavar, Object version) {
        this.optionStrings = optionStrings;
        this.dest = dest;
        this.kind = kind;
        this.nargs = nargs;
        this.konst = konst;
        this.deflt = deflt;
        this.type = type;
        this.choices = choices;
        this.required = required;
        this.help = help;
        this.metavar = metavar;
        this.version = version;
    }

    boolean isPositional() {
        return optionStrings.isEmpty();
    }

    /** "--lr/-l", the metavar or the dest: how errors name the argument (null: unnamed). */
    String name() {
        if (!optionStrings.isEmpty()) return String.join("/", optionStrings);
        if (metavar != null && !ArgparseModule.SUPPRESS.equals(metavar)) return Repr.str(metavar);
        if (dest != null && !ArgparseModule.SUPPRESS.equals(dest)) return dest;
        return null;
    }

    /** The regular expression of the 'A'/'O'/'-' strings this action takes, as CPython's _get_nargs_pattern. */
    String pattern() {
        String p;
        if (nargs == null) p = "(-*A-*)";
        else if ("?".equals(nargs)) p = "(-*A?-*)";
        else if ("*".equals(nargs)) p = "(-*[A-]*)";
        else if ("+".equals(nargs)) p = "(-*A[A-]*)";
        else p = "(-*" + String.join("-*", java.util.Collections.nCopies((int) count(), "A")) + "-*)";
        return isPositional() ? p : p.replace("-*", "").replace("-", "");
    }

    long count() {
        return nargs instanceof Long n ? n : -1;
    }

    private static final String[] KINDS = {"store", "_StoreAction", "store_const", "_StoreConstAction", "store_true", "_StoreTrueAction", "store_false",
            "_StoreFalseAction", "append", "_AppendAction", "append_const", "_AppendConstAction", "count", "_CountAction", "help", "_HelpAction", "version",
            "_VersionAction"};

    static boolean knownKind(String kind) {
        for (int i = 0; i < KINDS.length; i += 2) if (KINDS[i].equals(kind)) return true;
        return false;
    }

    @Override
    public String pyRepr() {
        String cls = "Action";
        for (int i = 0; i < KINDS.length; i += 2) if (KINDS[i].equals(kind)) cls = KINDS[i + 1];
        List<Object> options = new PyList(new ArrayList<>(optionStrings));
        return cls + "(option_strings=" + Repr.repr(options) + ", dest=" + Repr.repr(dest) + ", nargs=" + Repr.repr(nargs) + ", const=" + Repr.repr(konst)
                + ", default=" + Repr.repr(deflt) + ", type=" + Repr.repr(type) + ", choices=" + Repr.repr(choices == null ? null : new PyList(choices))
                + ", required=" + (required ? "True" : "False") + ", help=" + Repr.repr(help) + ", metavar=" + Repr.repr(metavar) + ")";
    }

    @Override
    public String pyStr() {
        return pyRepr();
    }

    @Override
    public String typeName() {
        return "Action";
    }

    private static final AttributeTable<ArgparseAction> ATTRIBUTES = new AttributeTable<ArgparseAction>()
            .value("choices", x -> x.choices == null ? null : new PyList(x.choices))
            .value("const", x -> x.konst)
            .value("default", x -> x.deflt)
            .value("dest", x -> x.dest)
            .value("help", x -> x.help)
            .value("metavar", x -> x.metavar)
            .value("nargs", x -> x.nargs)
            .value("option_strings", x -> new PyList(new ArrayList<>(x.optionStrings)))
            .value("required", x -> x.required)
            .value("type", x -> x.type);

    @Override
    public AttributeTable<ArgparseAction> attributeTable() {
        return ATTRIBUTES;
    }
}
