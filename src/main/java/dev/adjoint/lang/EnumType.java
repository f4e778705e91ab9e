package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * enum.EnumType, the metaclass of Enum: after a class body it turns the plain values into members
 * (a repeated value makes an alias of the first member), and it makes the class a container of its
 * members. The members live in the class's dict as in CPython: each by its name, and the maps
 * {@code _member_map_} (name to member, aliases too), {@code _member_names_} (the canonical names
 * in definition order) and {@code _value2member_map_}.
 */
final class EnumType implements Metaclass {
    static final PyClass TYPE = PyClass.builtin("EnumType", "enum", BuiltinTypes.TYPE, null);

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public void created(Interpreter in, PyClass cls) {
        for (PyClass base : cls.mro().subList(1, cls.mro().size()))
            if (!base.isBuiltin() && !memberNames(base).isEmpty()) throw PyError.type(cls + " cannot extend " + base);
        PyDict byName = new PyDict(), byValue = new PyDict();
        PyList names = new PyList();
        List<Object> values = new ArrayList<>();
        cls.set("_member_map_", byName);
        cls.set("__members__", byName); // CPython's is a read-only view of the same map
        cls.set("_member_names_", names);
        cls.set("_value2member_map_", byValue);
        for (Map.Entry<String, Object> e : List.copyOf(cls.dict().entrySet())) {
            if (!isMember(cls, e.getKey(), e.getValue())) continue;
            Object value = e.getValue() instanceof PyInstance i && i.pyClass() == EnumModule.AUTO ? next(cls, e.getKey(), values) : e.getValue();
            values.add(value);
            PyInstance member = canonical(cls, value);
            if (member == null) {
                member = new PyInstance(cls, in);
                member.setOwn("_name_", e.getKey());
                member.setOwn("_value_", value);
                PyClass mixin = BuiltinSubclasses.valueType(cls);
                if (mixin != null) { // class Mode(str, Enum): the member is a str, made as str.__new__ makes it
                    List<Object> args = value instanceof List<?> l && !(value instanceof PyList) ? new ArrayList<>(l) : List.of(value);
                    member.setValue(BuiltinSubclasses.initialValue(mixin, args, Map.of(), in));
                }
                if (member.has("__init__")) member.call("__init__", value instanceof List<?> l && !(value instanceof PyList) ? l.toArray() : new Object[] {value});
                names.add(e.getKey());
                byValue.put(value, member);
            }
            byName.put(e.getKey(), member);
            cls.set(e.getKey(), member);
        }
    }

    /** The first member with that value (Python's ==), or null. */
    private static PyInstance canonical(PyClass cls, Object value) {
        for (Object m : memberMap(cls).view().stream().map(PyDict.Entry::value).toList())
            if (Operators.equal(EnumModule.value(m), value)) return (PyInstance) m;
        return null;
    }

    /** Which class-body names become members: not _sunder_/__dunder__ or private names, not functions, descriptors or classes. */
    private static boolean isMember(PyClass cls, String name, Object value) {
        boolean dunder = name.length() > 4 && name.startsWith("__") && name.endsWith("__");
        boolean sunder = name.length() > 2 && name.startsWith("_") && name.endsWith("_") && name.charAt(1) != '_' && name.charAt(name.length() - 2) != '_';
        boolean private_ = name.startsWith("_" + cls.name() + "__"); // __x in the class body, mangled
        if (dunder || sunder || private_) return false; // _b is a member, as in CPython
        return !(value instanceof UserFunction || value instanceof BuiltinMethod || value instanceof Descriptors.Property
                || value instanceof Descriptors.StaticMethod || value instanceof Descriptors.ClassMethod || value instanceof PyClass);
    }

    /** auto()'s value, as CPython 3.11's _generate_next_value_: 1, 2, 3, ...; powers of two for a Flag; the name in lower case for a StrEnum. */
    private static Object next(PyClass cls, String name, List<Object> values) {
        if (cls.isSubclassOf(EnumModule.STR_ENUM)) return name.toLowerCase(java.util.Locale.ROOT);
        if (cls.isSubclassOf(EnumModule.FLAG)) {
            long high = 0;
            for (Object v : values) if (v instanceof Long l) high = Math.max(high, l);
            return high == 0 ? 1L : Long.highestOneBit(high) << 1;
        }
        for (int i = values.size() - 1; i >= 0; i--) // the last int value + 1 (CPython also warns when the values do not sort)
            if (PyNumbers.isInt(values.get(i))) return Operators.binary(TokenType.PLUS, values.get(i), 1L);
        return 1L;
    }

    static PyDict memberMap(PyClass cls) {
        return cls.lookup("_member_map_") instanceof PyDict d ? d : new PyDict();
    }

    private static List<Object> memberNames(PyClass cls) {
        return cls.dict().get("_member_names_") instanceof PyList l ? l : List.of();
    }

    /** The members iteration and len() see: the canonical ones (for a Flag, those of one bit), in definition order. */
    static List<PyInstance> members(PyClass cls) {
        List<PyInstance> out = new ArrayList<>();
        PyDict byName = memberMap(cls);
        for (Object name : memberNames(cls)) {
            PyInstance m = (PyInstance) byName.get(name);
            if (!cls.isSubclassOf(EnumModule.FLAG) || FlagMembers.isSingleBit(m)) out.add(m);
        }
        return out;
    }

    /** Color(1): the member of that value (a Flag combines its members' bits); CPython's ValueError otherwise. */
    @Override
    public Object call(Interpreter in, PyClass cls, List<Object> args, Map<String, Object> keywords, Span span) {
        if (args.size() != 1 || !keywords.isEmpty())
            throw PyError.type(cls.name() + "() takes one value (making an enum by calling Enum is not supported; write a class)");
        Object value = args.get(0);
        if (value instanceof PyInstance i && i.pyClass() == cls) return i;
        if (cls.isSubclassOf(EnumModule.FLAG)) return FlagMembers.of(in, cls, value);
        PyInstance m = canonical(cls, value);
        if (m == null) throw PyError.value(Repr.repr(value) + " is not a valid " + cls.name());
        return m;
    }

    @Override
    public Iterator<Object> iterate(PyClass cls) {
        return new ArrayList<Object>(members(cls)).iterator();
    }

    @Override
    public long length(PyClass cls) {
        return members(cls).size();
    }

    @Override
    public Object item(PyClass cls, Object key) {
        PyDict byName = memberMap(cls);
        if (!byName.containsKey(key)) throw DictMethods.keyError(key);
        return byName.get(key);
    }

    /** member in Color; anything else is CPython 3.11's TypeError. */
    @Override
    public boolean contains(PyClass cls, Object item) {
        if (item instanceof PyInstance i && i.pyClass().isSubclassOf(EnumModule.ENUM)) return i.pyClass().isSubclassOf(cls) && memberMap(cls).view().stream().anyMatch(e -> e.value() == i);
        throw PyError.type("unsupported operand type(s) for 'in': '" + Values.typeName(item) + "' and '" + TYPE.name() + "'");
    }

    @Override
    public void set(PyClass cls, String name, Object value) {
        if (memberMap(cls).containsKey(name)) throw PyError.attribute("cannot reassign member '" + name + "'");
        cls.set(name, value);
    }

    @Override
    public String repr(PyClass cls) {
        return "<" + (cls.isSubclassOf(EnumModule.FLAG) ? "flag" : "enum") + " '" + cls.name() + "'>";
    }
}
