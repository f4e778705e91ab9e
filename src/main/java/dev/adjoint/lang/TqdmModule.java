package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * tqdm as training scripts use it: {@code for X, y in tqdm(loader, desc="epoch 1")}, {@code trange(n)},
 * {@code with tqdm(total=n) as bar: bar.update(k)}, set_postfix / set_description, tqdm.write, and
 * tqdm.auto / tqdm.notebook. The items pass through unchanged; the bar is adjoint's progress display
 * ({@link Printer#progress}): drawn on stderr at a terminal, never in a pipe or a test's output, so a
 * program prints the same stdout as under CPython.
 */
final class TqdmModule {
    private TqdmModule() {}

    static final PyClass TQDM = PyClass.builtin("tqdm", "tqdm.std", BuiltinTypes.OBJECT, Builtin.of("tqdm", TqdmModule::make));

    static {
        // tqdm.write(s): a line printed between bars (to stdout, as tqdm's default file is sys.stdout)
        TQDM.define("write", Builtin.of("write", a -> {
            a.expect(1, 3, "s", "file", "end");
            Object end = a.option(2, "end", "\n");
            String text = Repr.str(a.option(0, "s", null)) + Repr.str(end);
            Object file = a.option(1, "file", null);
            if (file instanceof SysModule.Stream stream) stream.write(a.interpreter().printer(), text);
            else a.interpreter().printer().write(text);
            return null;
        }));
    }

    /** tqdm, tqdm.auto, tqdm.notebook: the same class in each, as a script that picks one expects. */
    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.add("tqdm", TQDM);
        m.add(Builtin.of("trange", a -> {
            Object range = BuiltinTypes.RANGE.call(a.interpreter(), a.positional(), Map.of(), a.span());
            return make(new Args("trange", new java.util.ArrayList<>(List.of(range)), a.keywords(), a.span(), a.interpreter()));
        }));
        return m;
    }

    private static final String[] KEYWORDS = {"iterable", "desc", "total", "leave", "file", "ncols", "mininterval", "maxinterval", "miniters",
        "ascii", "disable", "unit", "unit_scale", "dynamic_ncols", "smoothing", "bar_format", "initial", "position", "postfix",
        "unit_divisor", "colour", "delay", "nrows"};

    private static Object make(Args a) {
        a.expect(0, 3, KEYWORDS);
        Object iterable = a.option(0, "iterable", null), desc = a.option(1, "desc", null), total = a.option(2, "total", null);
        if (desc != null && !(desc instanceof String)) desc = Repr.str(desc);
        Long count = total != null ? (Long) Values.toLong(total, "total") : iterable == null ? null : knownLength(iterable);
        Bar bar = new Bar(iterable, (String) desc, count, a.flag("disable", false), a.interpreter().printer());
        if (a.keyword("postfix") instanceof PyDict d) bar.postfix(entries(d));
        return bar;
    }

    private static Map<Object, Object> entries(PyDict d) {
        Map<Object, Object> items = new LinkedHashMap<>();
        for (PyDict.Entry e : d.entries()) items.put(e.key(), e.value());
        return items;
    }

    /** len(iterable) where it has one, else null (a generator: the bar counts without a total, as tqdm's does). */
    private static Long knownLength(Object iterable) {
        try {
            return Values.toLong(PyBuiltins.len(iterable), "len()");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One tqdm bar: iterable (lazily), a context manager, and updated by hand. */
    static final class Bar implements TabledHostObject, Iterable<Object>, Sized, ContextManager {
        private final Object iterable;
        private final Long total;
        private final boolean disabled;
        private final Printer printer;
        private String desc;
        private String postfix = "";
        private long n;
        private Progress shown;

        Bar(Object iterable, String desc, Long total, boolean disabled, Printer printer) {
            this.iterable = iterable;
            this.desc = desc == null ? "" : desc;
            this.total = total;
            this.disabled = disabled;
            this.printer = printer;
            if (iterable == null) open(); // tqdm(total=n): drawn at once, updated by hand
        }

        private void open() {
            if (shown == null) shown = disabled || total == null ? Progress.NONE : printer.progress(label(), total);
        }

        private String label() {
            return postfix.isEmpty() ? desc : desc.isEmpty() ? postfix : desc + " " + postfix;
        }

        private void advance(long by) {
            open();
            for (long i = 0; i < by; i++) shown.step();
            n += by;
        }

        private void close() {
            if (shown != null) shown.close();
        }

        /** set_postfix(loss=0.5): "loss=0.5", numbers in tqdm's short form, keyword names sorted as tqdm sorts them. */
        void postfix(Map<?, ?> items) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : items.entrySet()) {
                if (sb.length() > 0) sb.append(", ");
                Object v = Values.plain(e.getValue());
                String text = v instanceof Double d ? FormatSpec.format(d, ".3g") : Repr.str(v);
                sb.append(Repr.str(e.getKey())).append('=').append(text);
            }
            postfix = sb.toString();
            if (shown != null) shown.relabel(label());
        }

        @Override
        public Iterator<Object> iterator() {
            if (iterable == null) throw PyError.type("'tqdm' object is not iterable");
            Iterator<Object> items = Values.iterate(iterable);
            open();
            return new Iterator<>() {
                public boolean hasNext() {
                    boolean more = items.hasNext();
                    if (!more) close();
                    return more;
                }

                public Object next() {
                    Object item = items.next();
                    advance(1);
                    return item;
                }
            };
        }

        @Override
        public long length() {
            if (total == null) throw PyError.type("object of type 'tqdm' has no len()");
            return total;
        }

        @Override
        public Object enter(Interpreter interpreter) {
            return this;
        }

        @Override
        public void exit() {
            close();
        }

        @Override
        public String typeName() {
            return "tqdm";
        }

        @Override
        public PyClass pyClass() {
            return TQDM;
        }

        private static final AttributeTable<Bar> ATTRIBUTES = new AttributeTable<Bar>()
                .method("clear", (b, a) -> null)
                .method("close", (b, a) -> {
                    a.expect(0, 0);
                    b.close();
                    return null;
                })
                .value("desc", b -> b.desc)
                .value("n", b -> b.n)
                .value("postfix", b -> b.postfix)
                .method("refresh", (b, a) -> null)
                .method("set_description", Bar::describe)
                .method("set_description_str", Bar::describe)
                .method("set_postfix", (b, a) -> {
                    Map<Object, Object> items = new LinkedHashMap<>();
                    if (a.size() > 2) throw a.typeError("takes from 1 to 3 positional arguments but " + (a.size() + 1) + " were given");
                    if (a.size() > 0 && a.get(0) instanceof PyDict d) items.putAll(entries(d)); // any keyword is a postfix entry
                    a.keywords().keySet().stream().filter(k -> !k.equals("refresh")).sorted().forEach(k -> items.put(k, a.keyword(k)));
                    b.postfix(items);
                    return null;
                })
                .method("set_postfix_str", (b, a) -> {
                    b.postfix = Repr.str(a.expect(0, 2, "s", "refresh").option(0, "s", ""));
                    if (b.shown != null) b.shown.relabel(b.label());
                    return null;
                })
                .value("total", b -> b.total)
                .method("update", (b, a) -> {
                    Object by = a.expect(0, 1, "n").option(0, "n", 1L);
                    b.advance(Values.toLong(by, "n"));
                    return null;
                });

        @Override
        public AttributeTable<Bar> attributeTable() {
            return ATTRIBUTES;
        }

        /** set_description(desc=None, refresh=True), and set_description_str, which is the same here. */
        private Object describe(Args a) {
            Object d = a.expect(0, 2, "desc", "refresh").option(0, "desc", null);
            desc = d == null ? "" : Repr.str(d);
            if (shown != null) shown.relabel(label());
            return null;
        }

        @Override
        public Collection<String> attributeNames() {
            List<String> names = new ArrayList<>(ATTRIBUTES.names());
            names.add("write"); // the class's
            return names;
        }

        @Override
        public String toString() {
            return (desc.isEmpty() ? "" : desc + ": ") + n + (total == null ? "it" : "/" + total);
        }
    }
}
