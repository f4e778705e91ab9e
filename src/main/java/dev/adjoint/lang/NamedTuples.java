package dev.adjoint.lang;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * collections.namedtuple: {@code Point = namedtuple('Point', 'x y')} makes a tuple class whose
 * items also have names; {@code Point(1, y=2)} prints {@code Point(x=1, y=2)}, compares, hashes,
 * indexes and unpacks as the tuple (1, 2), and has _asdict, _replace, _fields, _field_defaults and
 * _make. typing.NamedTuple makes the same class from a class statement ({@code class Pt(NamedTuple):
 * x: float; y: float = 0.0} with its methods) or a call ({@code NamedTuple('Pt', [('x', float)])}).
 */
final class NamedTuples {
    private NamedTuples() {}

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** namedtuple(typename, field_names, *, defaults=None, rename=False, module=None). */
    static Object namedtuple(Args a) {
        a.expect(2, 2, "typename", "field_names", "defaults", "rename", "module", SHOWN);
        String name = text(a.option(0, "typename", null));
        Object given = a.option(1, "field_names", null);
        List<String> fields = new ArrayList<>();
        if (given instanceof String s) {
            for (String f : s.replace(',', ' ').trim().split("\\s+")) if (!f.isEmpty()) fields.add(f);
        } else {
            for (Object f : Values.items(given)) fields.add(Repr.str(f));
        }
        Set<String> seen = new HashSet<>();
        for (String n : concat(name, fields)) {
            if (!isIdentifier(n)) throw PyError.value("Type names and field names must be valid identifiers: " + Repr.quoted(n));
            if (KEYWORDS.contains(n)) throw PyError.value("Type names and field names cannot be a keyword: " + Repr.quoted(n));
        }
        for (String f : fields) {
            if (f.startsWith("_")) throw PyError.value("Field names cannot start with an underscore: " + Repr.quoted(f));
            if (!seen.add(f)) throw PyError.value("Encountered duplicate field name: " + Repr.quoted(f));
        }
        List<Object> defaults = a.keyword("defaults") == null ? List.of() : Values.items(a.keyword("defaults"));
        if (defaults.size() > fields.size()) throw PyError.type("Got more default values than field names");
        String module = a.keyword("module") instanceof String m ? m : "__main__";
        return make(name, fields, defaults, module, a.keyword(SHOWN) instanceof String s ? s : name, BuiltinTypes.TUPLE);
    }

    /**
     * The class of a namedtuple whose names were checked; {@code defaults} are those of the last fields; {@code base} is
     * tuple, or the namedtuple class a class statement subclasses. Its docstring names the fields, as CPython's does.
     */
    private static PyClass make(String name, List<String> fields, List<Object> defaults, String module, String shown, PyClass base) {
        String newName = name;
        for (PyClass k : base.mro()) if (isNamedTupleClass(k)) newName = k.name(); // the first namedtuple class: its __new__ is inherited
        Shape shape = new Shape(name, List.copyOf(fields), java.util.Collections.unmodifiableList(new ArrayList<>(defaults)), shown, newName); // a default may be None
        PyClass[] cls = new PyClass[1];
        cls[0] = PyClass.builtin(name, module, base, Builtin.of(name + ".__new__", c -> shape.make(cls[0], c)));
        cls[0].define("__doc__", name + "(" + String.join(", ", fields) + ")");
        List<Object> fieldNames = new ArrayList<>(fields);
        cls[0].define("_fields", Values.tuple(fieldNames));
        cls[0].define("__match_args__", Values.tuple(fieldNames));
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.size(); i++) fieldDefaults.put(fields.get(fields.size() - defaults.size() + i), defaults.get(i));
        cls[0].define("_field_defaults", fieldDefaults);
        cls[0].define("_make", new Descriptors.ClassMethod(new BuiltinMethod("_make", m -> {
            List<Object> items = Values.items(m.expect(1, 1).get(0));
            if (items.size() != fields.size()) throw PyError.type("Expected " + fields.size() + " arguments, got " + items.size());
            return new Value(cls[0], shape, items);
        })));
        return cls[0];
    }

    /** typing.NamedTuple: a base for a class statement (see {@link #fromClassBody}) and, called, the functional form. */
    static final PyClass TYPING_BASE = PyClass.builtin("NamedTuple", "typing", BuiltinTypes.OBJECT, Builtin.of("NamedTuple", NamedTuples::typing));

    /** NamedTuple('Emp', [('name', str), ('id', int)]) or NamedTuple('Emp', name=str, id=int). */
    private static Object typing(Args a) {
        a.expect(1, 2, a.keywords().keySet().toArray(new String[0]));
        List<Object> names = new ArrayList<>();
        if (a.size() == 2) for (Object pair : Values.items(a.get(1))) names.add(Values.items(pair).get(0));
        else names.addAll(a.keywords().keySet());
        return namedtuple(new Args("NamedTuple", java.util.Arrays.asList(a.get(0), new PyList(names)), new java.util.HashMap<>(), null, null));
    }

    /**
     * {@code class Pt(NamedTuple):}: the fields are the body's annotations in order, their values the
     * defaults; the body's other names (methods, properties, the docstring) become the class's.
     */
    static PyClass fromClassBody(String name, Map<String, Object> namespace, String module) {
        List<String> fields = new ArrayList<>(), defaulted = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        if (namespace.get("__annotations__") instanceof PyDict annotations) {
            for (PyDict.Entry e : annotations.entries()) {
                String field = (String) e.key();
                if (namespace.containsKey(field)) {
                    defaulted.add(field);
                    defaults.add(namespace.get(field));
                } else if (!defaulted.isEmpty()) {
                    throw PyError.type("Non-default namedtuple field " + field + " cannot follow default field" + (defaulted.size() > 1 ? "s " : " ")
                            + String.join(", ", defaulted));
                }
                fields.add(field);
            }
        }
        Map<String, Object> keywords = new java.util.HashMap<>();
        keywords.put("module", module);
        keywords.put("defaults", new PyList(defaults));
        PyClass cls = (PyClass) namedtuple(new Args("namedtuple", java.util.Arrays.asList(name, new PyList(new ArrayList<Object>(fields))), keywords, null, null));
        for (Map.Entry<String, Object> member : namespace.entrySet())
            if (!fields.contains(member.getKey()) && !(member.getKey().equals("__doc__") && member.getValue() == null)) cls.define(member.getKey(), member.getValue());
        cls.define("__annotations__", TypingModule.checkedTypes(namespace.get("__annotations__"), null));
        return cls;
    }

    /** Whether a class statement's base is a namedtuple class (its subclass is one too). */
    static boolean isNamedTupleClass(PyClass c) {
        return c != BuiltinTypes.TUPLE && c.isBuiltin() && c.isSubclassOf(BuiltinTypes.TUPLE) && c.lookup("_fields") instanceof List;
    }

    /**
     * {@code class Q(P):} of a namedtuple class P: a tuple class with P's fields and defaults, P as its base, and the
     * body's names as its own; its docstring is the body's (None without one), as CPython's class statement makes it.
     */
    static PyClass subclass(String name, PyClass base, Map<String, Object> namespace, String module) {
        List<String> fields = new ArrayList<>();
        for (Object f : (List<?>) base.lookup("_fields")) fields.add((String) f);
        List<Object> defaults = new ArrayList<>();
        if (base.lookup("_field_defaults") instanceof PyDict d) for (PyDict.Entry e : d.entries()) defaults.add(e.value());
        PyClass cls = make(name, fields, defaults, module, name, base);
        for (Map.Entry<String, Object> member : namespace.entrySet()) cls.define(member.getKey(), member.getValue());
        return cls;
    }

    /** A namedtuple class a module defines (statistics.LinearRegression). */
    static PyClass type(String module, String name, String... fields) {
        return typeShownAs(module, name, name, fields);
    }

    /** A tuple class of a module whose repr names it as {@code shown} (datetime.IsoCalendarDate). */
    static PyClass typeShownAs(String module, String name, String shown, String... fields) {
        java.util.Map<String, Object> keywords = new java.util.HashMap<>();
        keywords.put("module", module);
        keywords.put(SHOWN, shown);
        return (PyClass) namedtuple(new Args("namedtuple", java.util.Arrays.asList(name, String.join(" ", fields)), keywords, null, null));
    }

    /** The keyword only {@link #typeShownAs} passes: not a parameter Python code can give (it is not an identifier). */
    private static final String SHOWN = "shown as";

    private static List<String> concat(String name, List<String> fields) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(fields);
        return all;
    }

    private static String text(Object v) {
        if (!(v instanceof String s)) throw PyError.type("typename must be str, not " + Values.typeName(v));
        return s;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') return false;
        return s.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** A namedtuple class's fields and defaults (for the rightmost fields). */
    /** {@code newName}: the class whose __new__ the messages name (a subclass's is its namedtuple base's, as in CPython). */
    private record Shape(String name, List<String> fields, List<Object> defaults, String shown, String newName) {
        /** Point(1, y=2): the items from positions, keywords and defaults, with CPython's messages. */
        Value make(PyClass cls, Args a) {
            int n = fields.size();
            if (a.size() > n) throw PyError.type(newName + ".__new__() takes " + (defaults.isEmpty() ? "" : "from " + (n - defaults.size() + 1) + " to ")
                    + (n + 1) + " positional argument" + (n == 0 && defaults.isEmpty() ? "" : "s") + " but " + (a.size() + 1) + " were given");
            Object[] items = new Object[n];
            boolean[] set = new boolean[n];
            for (int i = 0; i < a.size(); i++) {
                items[i] = a.get(i);
                set[i] = true;
            }
            for (Map.Entry<String, Object> e : a.keywords().entrySet()) {
                int i = fields.indexOf(e.getKey());
                if (i < 0) throw PyError.type(newName + ".__new__() got an unexpected keyword argument '" + e.getKey() + "'");
                if (set[i]) throw PyError.type(newName + ".__new__() got multiple values for argument '" + e.getKey() + "'");
                items[i] = e.getValue();
                set[i] = true;
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int d = i - (n - defaults.size());
                if (!set[i] && d >= 0) items[i] = defaults.get(d);
                else if (!set[i]) missing.add(fields.get(i));
            }
            if (!missing.isEmpty()) throw Interpreter.missingArguments(newName + ".__new__()", "positional", missing);
            return new Value(cls, this, java.util.Arrays.asList(items));
        }
    }

    /** One namedtuple: a tuple (an unmodifiable List) with its class and field names. */
    static final class Value extends AbstractList<Object> implements HostObject {
        private final PyClass cls;
        private final Shape shape;
        private final List<Object> items;

        Value(PyClass cls, Shape shape, List<Object> items) {
            this.cls = cls;
            this.shape = shape;
            this.items = java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }

        @Override
        public Object get(int i) {
            return items.get(i);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public String typeName() {
            return shape.name();
        }

        @Override
        public PyClass pyClass() {
            return cls;
        }

        @Override
        public Object attribute(String name) {
            int i = shape.fields().indexOf(name);
            if (i >= 0) return items.get(i);
            return switch (name) {
                case "_asdict" -> Builtin.of("_asdict", a -> {
                    a.expect(0, 0);
                    PyDict d = new PyDict();
                    for (int k = 0; k < items.size(); k++) d.put(shape.fields().get(k), items.get(k));
                    return d;
                });
                case "_replace" -> Builtin.of("_replace", a -> {
                    a.expect(0, 0, a.keywords().keySet().toArray(new String[0]));
                    List<Object> out = new ArrayList<>(items);
                    Map<String, Object> changes = new LinkedHashMap<>(a.keywords());
                    for (int k = 0; k < out.size(); k++) {
                        String f = shape.fields().get(k);
                        if (changes.containsKey(f)) out.set(k, changes.remove(f));
                    }
                    if (!changes.isEmpty()) throw PyError.value("Got unexpected field names: " + Repr.repr(new PyList(changes.keySet())));
                    return new Value(cls, shape, out);
                });
                default -> null;
            };
        }

        @Override
        public boolean attributeIsNone(String name) {
            int i = shape.fields().indexOf(name);
            return i >= 0 && items.get(i) == null;
        }

        @Override
        public boolean setAttribute(String name, Object value) {
            if (shape.fields().contains(name)) throw PyError.attribute("can't set attribute");
            throw PyError.attribute("'" + shape.name() + "' object has no attribute '" + name + "'");
        }

        @Override
        public Collection<String> attributeNames() {
            List<String> names = new ArrayList<>(shape.fields());
            names.addAll(List.of("_asdict", "_fields", "_replace"));
            return names;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(shape.shown()).append('(');
            for (int i = 0; i < items.size(); i++) sb.append(i > 0 ? ", " : "").append(shape.fields().get(i)).append('=').append(Repr.repr(items.get(i)));
            return sb.append(')').toString();
        }
    }
}
