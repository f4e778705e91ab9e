package dev.adjoint.lang;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's pprint: pprint, pformat, pp and PrettyPrinter (width, indent, compact, sort_dicts), laid
 * out as CPython 3.11's PrettyPrinter does: an object whose repr fits in what is left of the line
 * is written whole; a dict, list, tuple or set that does not is broken one item per line (several
 * per line when compact), a long str into adjacent literals at spaces; dicts sorted by key unless
 * sort_dicts=False. Anything else is its repr.
 */
final class PprintModule {
    private final int width, indentPerLevel;
    private final boolean compact, sortDicts;
    private final StringBuilder out = new StringBuilder();
    /** The containers being laid out or written around the current item: met again, one is CPython's "<Recursion on list with id=...>". */
    private final java.util.Set<Object> context = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private PprintModule(int width, int indent, boolean compact, boolean sortDicts) {
        if (indent < 0) throw PyError.value("indent must be >= 0");
        if (width == 0) throw PyError.value("width must be != 0");
        this.width = width;
        this.indentPerLevel = indent;
        this.compact = compact;
        this.sortDicts = sortDicts;
    }

    static PyModule create() {
        PyModule m = new PyModule("pprint");
        m.add(Builtin.of("pformat", a -> of(a.expect(1, 1, "indent", "width", "depth", "compact", "sort_dicts", "underscore_numbers"), true).format(a.get(0))));
        m.add(Builtin.of("pprint", a -> print(a, true)));
        m.add(Builtin.of("pp", a -> print(a, false)));
        m.add(Builtin.of("PrettyPrinter", a -> {
            a.expect(0, 0, "indent", "width", "depth", "stream", "compact", "sort_dicts", "underscore_numbers");
            return new PrettyPrinter(of(a, true), a.keyword("stream"));
        }));
        return m;
    }

    /** pprint.PrettyPrinter(...): its settings kept for pprint(obj) and pformat(obj). */
    private record PrettyPrinter(PprintModule settings, Object stream) implements TabledHostObject {
        @Override
        public String typeName() {
            return "PrettyPrinter";
        }

        private static final AttributeTable<PrettyPrinter> ATTRIBUTES = new AttributeTable<PrettyPrinter>()
                .method("pformat", (p, b) -> p.settings.fresh().format(b.expect(1, 1).get(0)))
                .method("pprint", (p, b) -> write(b, p.settings.fresh().format(b.expect(1, 1).get(0)), p.stream));

        @Override
        public AttributeTable<PrettyPrinter> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<pprint.PrettyPrinter object at 0x" + Long.toHexString(140_000_000_000_000L + System.identityHashCode(this)) + ">";
        }
    }

    private static PprintModule of(Args a, boolean sortDicts) {
        if (a.has("depth") && a.keyword("depth") != null) throw PyError.notSupported("pprint's depth=");
        return new PprintModule((int) Values.toLong(a.keyword("width") == null ? 80L : a.keyword("width"), "width"),
                (int) Values.toLong(a.keyword("indent") == null ? 1L : a.keyword("indent"), "indent"), a.flag("compact", false),
                a.flag("sort_dicts", sortDicts));
    }

    private PprintModule fresh() {
        return new PprintModule(width, indentPerLevel, compact, sortDicts);
    }

    private static Object print(Args a, boolean sortDicts) {
        a.expect(1, 2, "stream", "indent", "width", "depth", "compact", "sort_dicts", "underscore_numbers");
        return write(a, of(a, sortDicts).format(a.get(0)), a.option(1, "stream", null));
    }

    private static Object write(Args a, String text, Object stream) {
        if (stream == null) a.interpreter().printer().print(text);
        else a.interpreter().call(Attributes.get(a.interpreter(), stream, "write"), Arrays.asList(text + "\n"));
        return null;
    }

    String format(Object v) {
        format(Values.plain(v), 0, 0, 0);
        return out.toString();
    }

    /**
     * The containers laid out item by item: dict, list, tuple, set and frozenset, and (when not
     * empty) Counter, defaultdict, OrderedDict and deque; other library values keep their own repr.
     */
    private static boolean laidOut(Object v) {
        if (v instanceof CollectionsModule.Counter || v instanceof CollectionsModule.DefaultDict || v instanceof CollectionsModule.OrderedDict)
            return ((PyDict) v).size() > 0;
        if (v instanceof PyDeque d) return d.length() > 0;
        return v instanceof PyList || v instanceof PySet || v instanceof PyDict d && d.pyClass() == BuiltinTypes.DICT
                || v instanceof List && !(v instanceof HostObject) && !(v instanceof PyReprable);
    }

    /** Containers of these kinds can hold themselves. */
    private static boolean canRecur(Object v) {
        return v instanceof PyList || v instanceof PyDict || v instanceof PyDeque || v instanceof List && !(v instanceof HostObject);
    }

    private static String recursion(Object v) {
        return "<Recursion on " + Values.typeName(v) + " with id=" + Values.id(v) + ">";
    }

    private void format(Object v, int indent, int allowance, int level) {
        if (canRecur(v) && context.contains(v)) {
            out.append(recursion(v));
            return;
        }
        String rep = repr(v);
        if (rep.length() > width - indent - allowance) {
            if (v instanceof String s && !s.isEmpty()) {
                string(s, indent, allowance, level + 1);
                return;
            }
            if (laidOut(v)) {
                context.add(v);
                container(v, indent, allowance, level + 1);
                context.remove(v);
                return;
            }
        }
        out.append(rep);
    }

    private void container(Object v, int indent, int allowance, int level) {
        if (v instanceof CollectionsModule.Counter c) { // CPython's _pprint_counter: most common first
            out.append("Counter({");
            if (indentPerLevel > 1) out.append(" ".repeat(indentPerLevel - 1));
            List<PyDict.Entry> entries = new ArrayList<>();
            for (Object pair : c.mostCommon()) entries.add(new PyDict.Entry(((List<?>) pair).get(0), ((List<?>) pair).get(1)));
            dictItems(entries, indent + "Counter".length() + 1, allowance + 2, level);
            out.append("})");
        } else if (v instanceof CollectionsModule.DefaultDict d) {
            int inner = indent + "defaultdict".length() + 1;
            out.append("defaultdict(").append(repr(d.reprArguments().get(0))).append(",\n").append(" ".repeat(inner));
            container(d.reprArguments().get(1), inner, allowance + 1, level);
            out.append(')');
        } else if (v instanceof CollectionsModule.OrderedDict d) {
            out.append("OrderedDict(");
            format(d.reprArguments().get(0), indent + "OrderedDict".length() + 1, allowance + 1, level);
            out.append(')');
        } else if (v instanceof PyDeque d) {
            out.append("deque([");
            int inner = indent + "deque".length() + 1;
            List<Object> items = Values.items(d);
            if (d.maxlen() < 0) {
                items(items, inner, allowance + 2, level);
                out.append("])");
            } else {
                items(items, inner, 2, level);
                out.append("],\n").append(" ".repeat(inner)).append("maxlen=").append(d.maxlen()).append(')');
            }
        } else if (v instanceof PyDict d) {
            out.append('{');
            if (indentPerLevel > 1) out.append(" ".repeat(indentPerLevel - 1));
            if (d.size() > 0) dictItems(entries(d), indent, allowance + 1, level);
            out.append('}');
        } else if (v instanceof PySet s) {
            if (s.items().isEmpty()) {
                out.append(repr(v));
                return;
            }
            String open = s.frozen() ? "frozenset({" : "{", close = s.frozen() ? "})" : "}";
            out.append(open);
            items(sorted(s.items()), indent + (s.frozen() ? "frozenset".length() + 1 : 0), allowance + close.length(), level);
            out.append(close);
        } else if (v instanceof PyList l) {
            out.append('[');
            items(l, indent, allowance + 1, level);
            out.append(']');
        } else {
            List<?> t = (List<?>) v;
            String close = t.size() == 1 ? ",)" : ")";
            out.append('(');
            items(t, indent, allowance + close.length(), level);
            out.append(close);
        }
    }

    /** CPython's _format_dict_items: one key: value a line. */
    private void dictItems(List<PyDict.Entry> entries, int indent, int allowance, int level) {
        int inner = indent + indentPerLevel;
        for (int i = 0; i < entries.size(); i++) {
            boolean last = i == entries.size() - 1;
            String key = repr(entries.get(i).key());
            out.append(key).append(": ");
            format(Values.plain(entries.get(i).value()), inner + key.length() + 2, last ? allowance : 1, level);
            if (!last) out.append(",\n").append(" ".repeat(inner));
        }
    }

    /** CPython's _format_items: one item per line, or as many as fit when compact. */
    private void items(List<?> items, int indent, int allowance, int level) {
        indent += indentPerLevel;
        if (indentPerLevel > 1) out.append(" ".repeat(indentPerLevel - 1));
        String newline = ",\n" + " ".repeat(indent), delimiter = "";
        int maxWidth = width - indent + 1, room = maxWidth;
        for (int i = 0; i < items.size(); i++) {
            Object item = Values.plain(items.get(i));
            boolean last = i == items.size() - 1;
            if (last) {
                maxWidth -= allowance;
                room -= allowance;
            }
            if (compact) {
                String rep = repr(item);
                int w = rep.length() + 2;
                if (room < w) {
                    room = maxWidth;
                    if (!delimiter.isEmpty()) delimiter = newline;
                }
                if (room >= w) {
                    room -= w;
                    out.append(delimiter).append(rep);
                    delimiter = ", ";
                    continue;
                }
            }
            out.append(delimiter);
            delimiter = newline;
            format(item, indent, last ? allowance : 1, level);
        }
    }

    /** CPython's _pprint_str: lines, and a line too long split after its spaces, as adjacent literals (in parentheses at the top). */
    private void string(String s, int indent, int allowance, int level) {
        List<String> chunks = new ArrayList<>();
        List<String> lines = StrMethods.splitLines(s, true);
        if (level == 1) {
            indent++;
            allowance++;
        }
        int maxWidth = width - indent, maxWidth1 = maxWidth;
        String rep = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rep = Repr.repr(line);
            if (i == lines.size() - 1) maxWidth1 -= allowance;
            if (rep.length() <= maxWidth1) {
                chunks.add(rep);
                continue;
            }
            java.util.regex.Matcher parts = java.util.regex.Pattern.compile("\\S*\\s*").matcher(line);
            List<String> words = new ArrayList<>();
            while (parts.find()) if (!parts.group().isEmpty()) words.add(parts.group());
            int maxWidth2 = maxWidth;
            String current = "";
            for (int j = 0; j < words.size(); j++) {
                String candidate = current + words.get(j);
                if (j == words.size() - 1 && i == lines.size() - 1) maxWidth2 -= allowance;
                if (Repr.repr(candidate).length() > maxWidth2) {
                    if (!current.isEmpty()) chunks.add(Repr.repr(current));
                    current = words.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) chunks.add(Repr.repr(current));
        }
        if (chunks.size() == 1) {
            out.append(rep);
            return;
        }
        if (level == 1) out.append('(');
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) out.append('\n').append(" ".repeat(indent));
            out.append(chunks.get(i));
        }
        if (level == 1) out.append(')');
    }

    /** repr, with dicts' items sorted by key inside (CPython's _safe_repr), unless sort_dicts=False; a container inside itself is named, not walked. */
    private String repr(Object v) {
        v = Values.plain(v);
        boolean own = v instanceof PyList || v instanceof PyDict d && d.pyClass() == BuiltinTypes.DICT || v instanceof List && laidOut(v);
        if (!own) return Repr.repr(v);
        if (context.contains(v)) return recursion(v);
        context.add(v);
        try {
            if (v instanceof PyDict d) {
                StringBuilder sb = new StringBuilder("{");
                for (PyDict.Entry e : entries(d)) {
                    if (sb.length() > 1) sb.append(", ");
                    sb.append(repr(e.key())).append(": ").append(repr(e.value()));
                }
                return sb.append('}').toString();
            }
            if (v instanceof PyList l) return "[" + joined(l) + "]";
            List<?> t = (List<?>) v;
            return "(" + joined(t) + (t.size() == 1 ? ",)" : ")");
        } finally {
            context.remove(v);
        }
    }

    private String joined(List<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) parts.add(repr(item));
        return String.join(", ", parts);
    }

    private List<PyDict.Entry> entries(PyDict d) {
        List<PyDict.Entry> entries = new ArrayList<>(d.entries());
        if (!sortDicts) return entries;
        try {
            entries.sort((x, y) -> byLess(x.key(), y.key()));
        } catch (RuntimeException unorderable) {
            // keys of different kinds: CPython orders them by type name; the dict's own order is kept here
        }
        return entries;
    }

    private static List<Object> sorted(List<Object> items) {
        List<Object> copy = new ArrayList<>(items);
        try {
            copy.sort(PprintModule::byLess);
        } catch (RuntimeException unorderable) {
            // as for dict keys above
        }
        return copy;
    }

    private static int byLess(Object x, Object y) {
        return Values.truthy(Operators.compare(TokenType.LESS, x, y)) ? -1 : Values.truthy(Operators.compare(TokenType.LESS, y, x)) ? 1 : 0;
    }
}
