package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A match object (re.Match): the groups' spans in the searched string, read as CPython's Match. */
final class ReMatch implements TabledHostObject, Subscriptable {
    private final ReModule.Compiled pattern;
    private final ReScan scan;
    /** Start and end of each group (0 the whole match) as UTF-16 indices, -1 for a group that did not match. */
    private final int[] spans;

    ReMatch(ReModule.Compiled pattern, ReScan scan, int[] spans) {
        this.pattern = pattern;
        this.scan = scan;
        this.spans = spans;
    }

    int startUtf16(int g) {
        return spans[2 * g];
    }

    int endUtf16(int g) {
        return spans[2 * g + 1];
    }

    /** A group's text, null if it did not match. */
    String groupText(int g) {
        return spans[2 * g] < 0 ? null : scan.string().substring(spans[2 * g], spans[2 * g + 1]);
    }

    /** The group an argument names (a number or a name), else IndexError "no such group". */
    private int group(Object which) {
        Object w = Values.plain(which);
        if (w instanceof String name) {
            Integer g = pattern.parsed.groupIndex().get(name);
            if (g != null) return g;
        } else if (PyNumbers.isInt(w) && !(w instanceof Boolean)) {
            long g = Values.toLong(w, "group");
            if (g >= 0 && g <= pattern.groups()) return (int) g;
        } else if (w instanceof Boolean b) return b ? checked(1) : 0;
        throw PyError.index("no such group");
    }

    private int checked(int g) {
        if (g > pattern.groups()) throw PyError.index("no such group");
        return g;
    }

    private int groupArgument(Args a) {
        return a.expect(0, 1, "group").size() == 0 && !a.has("group") ? 0 : group(a.option(0, "group", 0L));
    }

    @Override
    public Object getItem(Object key) {
        return groupText(group(key));
    }

    @Override
    public String typeName() {
        return "re.Match";
    }

    @Override
    public PyClass pyClass() {
        return ReModule.MATCH;
    }

    private Object span(int g) {
        return Values.tuple(scan.index(spans[2 * g]), scan.index(spans[2 * g + 1]));
    }

    private static final AttributeTable<ReMatch> ATTRIBUTES = new AttributeTable<ReMatch>()
            .method("end", (x, a) -> x.scan.index(x.endUtf16(x.groupArgument(a))))
            .value("endpos", x -> x.scan.endpos())
            .method("expand", (x, a) -> {
                Object t = a.expect(1, 1, "template").positionalFrom("template").get(0);
                return ReTemplate.parse(ReModule.Compiled.text(t), x.pattern.groups(), x.pattern.parsed.groupIndex()).expand(x::groupText);
            })
            .method("group", (x, a) -> {
                a.expect(0, Integer.MAX_VALUE);
                if (a.size() == 0) return x.groupText(0);
                if (a.size() == 1) return x.groupText(x.group(a.get(0)));
                List<Object> out = new ArrayList<>();
                for (Object w : a.positional()) out.add(x.groupText(x.group(w)));
                return Values.tuple(out);
            })
            .method("groupdict", (x, a) -> {
                Object absent = a.expect(0, 1, "default").option(0, "default", null);
                PyDict d = new PyDict();
                for (Map.Entry<String, Integer> e : x.pattern.parsed.groupIndex().entrySet()) {
                    String text = x.groupText(e.getValue());
                    d.put(e.getKey(), text == null ? absent : text);
                }
                return d;
            })
            .method("groups", (x, a) -> {
                Object absent = a.expect(0, 1, "default").option(0, "default", null);
                List<Object> out = new ArrayList<>();
                for (int g = 1; g <= x.pattern.groups(); g++) out.add(x.groupText(g) == null ? absent : x.groupText(g));
                return Values.tuple(out);
            })
            .value("lastgroup", x -> {
                int last = x.lastIndex();
                for (Map.Entry<String, Integer> e : x.pattern.parsed.groupIndex().entrySet()) if (last > 0 && e.getValue() == last) return e.getKey();
                return null;
            })
            .value("lastindex", x -> x.lastIndex() == 0 ? null : (Object) (long) x.lastIndex())
            .value("pos", x -> x.scan.pos())
            .value("re", x -> x.pattern)
            .value("regs", x -> {
                List<Object> out = new ArrayList<>();
                for (int g = 0; g <= x.pattern.groups(); g++) out.add(x.span(g));
                return Values.tuple(out);
            })
            .method("span", (x, a) -> x.span(x.groupArgument(a)))
            .method("start", (x, a) -> x.scan.index(x.startUtf16(x.groupArgument(a))))
            .value("string", x -> x.scan.string());

    @Override
    public AttributeTable<ReMatch> attributeTable() {
        return ATTRIBUTES;
    }

    /**
     * The group that closed last (CPython's lastindex), 0 if none: of the matched groups the one
     * ending last in the string, of those ending together the one whose ")" comes later in the
     * pattern (an enclosing group, or a later one).
     */
    private int lastIndex() {
        int last = 0;
        int[] close = pattern.parsed.closeOrder();
        for (int g = 1; g <= pattern.groups(); g++) {
            if (spans[2 * g] < 0) continue;
            if (last == 0 || endUtf16(g) > endUtf16(last) || endUtf16(g) == endUtf16(last) && close[g] > close[last]) last = g;
        }
        return last;
    }

    /** CPython's repr: the span and the match's repr cut at 50 characters. */
    @Override
    public String toString() {
        return "<re.Match object; span=(" + scan.index(spans[0]) + ", " + scan.index(spans[1]) + "), match=" + ReModule.truncated(Repr.repr(groupText(0)), 50) + ">";
    }
}
