package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Python's repr() and str() of every value, in one place: {@code 0.3333333333333333}, {@code 3.0},
 * {@code [1, 'a']}, {@code (1,)}, {@code {'a': 1}}, {@code set()}, user objects through their
 * {@code __repr__}/{@code __str__}. Tensors and tracked numbers go to a {@code leaf} function when
 * one is given (the REPL's echo shows them in adjoint's display) and are otherwise PyTorch's text.
 */
public final class Repr {
    /** Containers nested deeper than this show as ... : the text stays linear in the value's size, and no stack overflows. */
    static final int MAX_NESTING = 100;

    /** A longer text is a MemoryError: a value shared at every level ((u, u) 60 times) would never end. */
    static final int MAX_CHARS = 100_000_000;

    private final Function<Object, String> leaf;
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final StringBuilder out = new StringBuilder();
    private int depth;

    private Repr(Function<Object, String> leaf) {
        this.leaf = leaf;
    }

    public static String repr(Object v) {
        return repr(v, null);
    }

    /** repr() with tensors and tracked numbers shown by {@code leaf} (null: PyTorch's repr and the Python number). */
    public static String repr(Object v, Function<Object, String> leaf) {
        Repr r = new Repr(leaf);
        r.append(v);
        return r.out.toString();
    }

    public static String str(Object v) {
        return str(v, null);
    }

    /** str(): a string as it is, an object through __str__, numbers and containers as repr. */
    public static String str(Object v, Function<Object, String> leaf) {
        if (v instanceof String s) return s;
        if (v instanceof PyInstance i) return i.str();
        if (v instanceof PyReprable r) return r.pyStr();
        if (v instanceof Tensor || v instanceof TrackedNumber) {
            if (leaf != null) return leaf.apply(v);
            return v instanceof Tensor t ? TensorText.str(t) : PyNumbers.repr(((TrackedNumber) v).value());
        }
        return repr(v, leaf);
    }

    private void append(Object v) {
        if (v == null) {
            out.append("None");
        } else if (v instanceof String s) {
            string(s);
        } else if (PyNumbers.isNumber(v)) {
            out.append(PyNumbers.repr(v));
        } else if (v instanceof TrackedNumber t) {
            out.append(leaf != null ? leaf.apply(t) : PyNumbers.repr(t.value()));
        } else if (v instanceof Tensor t) {
            out.append(leaf != null ? leaf.apply(t) : TensorText.repr(t));
        } else if (v instanceof PyReprable r) {
            out.append(r.pyRepr());
        } else if (v instanceof PyList l) {
            items("[", l, "]", false);
        } else if (v instanceof HostObject && v instanceof List<?>) {
            out.append(v); // a library tuple with its own text: torch.Size([2, 3]), torch.return_types.max(...)
        } else if (v instanceof List<?> tuple) {
            items("(", tuple, ")", tuple.size() == 1);
        } else if (v instanceof PyDict d && d.reprArguments() != null) {
            subclass(d.pyClass().name(), d.reprArguments()); // defaultdict(<class 'list'>, {...}), Counter({...}), OrderedDict([...])
        } else if (v instanceof PyDict d) {
            dict(d);
        } else if (v instanceof PySet s) {
            set(s);
        } else if (v instanceof PyInstance i) {
            out.append(i.repr());
        } else if (v instanceof DictView d) {
            out.append(d.typeName()).append('(');
            items("[", d.items(), "]", false);
            out.append(')');
        } else {
            out.append(Values.describeObject(v));
        }
    }

    private void items(String openText, List<?> items, String close, boolean trailingComma) {
        if (!enter(items)) {
            out.append(openText).append("...").append(close);
            return;
        }
        out.append(openText);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            append(items.get(i));
        }
        if (trailingComma) out.append(',');
        out.append(close);
        leave(items);
    }

    private void subclass(String name, List<Object> arguments) {
        out.append(name).append('(');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) out.append(", ");
            append(arguments.get(i));
        }
        out.append(')');
    }

    private void dict(PyDict d) {
        if (!enter(d)) {
            out.append("{...}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (PyDict.Entry e : d.entries()) {
            if (!first) out.append(", ");
            first = false;
            append(e.key());
            out.append(": ");
            append(e.value());
        }
        out.append('}');
        leave(d);
    }

    private void set(PySet s) {
        String name = s.frozen() ? "frozenset" : "set";
        if (s.size() == 0) {
            out.append(name).append("()");
            return;
        }
        if (!enter(s)) {
            out.append(name).append("(...)");
            return;
        }
        if (s.frozen()) out.append("frozenset(");
        out.append('{');
        boolean first = true;
        for (Object item : s.items()) {
            if (!first) out.append(", ");
            first = false;
            append(item);
        }
        out.append('}');
        if (s.frozen()) out.append(')');
        leave(s);
    }

    /** False for a container already being written (a list that holds itself) or nested too deep. */
    private boolean enter(Object container) {
        dev.adjoint.ndarray.ComputationInterrupted.poll(); // Ctrl-C, also when the text would never end
        if (out.length() > MAX_CHARS)
            throw new PyError("MemoryError", String.format(java.util.Locale.ROOT, "the text of this value would be longer than %,d characters", MAX_CHARS));
        if (depth >= MAX_NESTING || !open.add(container)) return false;
        depth++;
        return true;
    }

    private void leave(Object container) {
        open.remove(container);
        depth--;
    }

    private void string(String s) {
        out.append(quoted(s));
    }

    /** Python's repr of a string: single quotes unless it holds ' and no ", escapes for what does not print. */
    public static String quoted(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c < 0x7f || isPrintable(c)) sb.appendCodePoint(c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        }
        return sb.append(quote).toString();
    }

    /**
     * Python's str.isprintable for one character: not a control, format, surrogate, private-use,
     * unassigned or separator (but space). Characters Java 17 (Unicode 13) leaves unassigned are
     * looked up in CPython's Unicode 14 database (the emoji 🫠 is printable there).
     */
    static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            case Character.UNASSIGNED -> !UnicodeDatabase.get().category(c).matches("C.|Z.");
            default -> true;
        };
    }
}
