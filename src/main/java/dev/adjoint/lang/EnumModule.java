package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's enum as CPython 3.11 has it: {@code class Color(Enum): RED = 1}, IntEnum, StrEnum,
 * Flag, IntFlag, auto(), @unique. A member is an object of its class with {@code _name_} and
 * {@code _value_}; the class's metaclass ({@link EnumType}) makes the members after the class
 * body and gives the class its iteration, len(), {@code Color(1)}, {@code Color['RED']} and
 * {@code in}. IntEnum's, IntFlag's and StrEnum's members act as their value in operators, conversions and
 * attributes, but are not int or str objects here (isinstance(member, int) is False).
 */
final class EnumModule {
    private EnumModule() {}

    static final PyClass ENUM = PyClass.library("Enum", "enum", null).withMetaclass(new EnumType());
    static final PyClass INT_ENUM = PyClass.library("IntEnum", "enum", ENUM);
    static final PyClass STR_ENUM = PyClass.library("StrEnum", "enum", ENUM);
    static final PyClass FLAG = PyClass.library("Flag", "enum", ENUM);
    /** IntFlag: a Flag whose members act as ints (ValueMembers) and combine with ints, keeping bits no member has (boundary KEEP). */
    static final PyClass INT_FLAG = PyClass.library("IntFlag", "enum", FLAG);
    /** auto(): a placeholder the metaclass replaces by the next value. */
    static final PyClass AUTO = PyClass.library("auto", "enum", null);

    static {
        ENUM.define("name", property("name", "_name_")).define("value", property("value", "_value_"));
        ENUM.method("__repr__", a -> {
            PyInstance m = member(a.self());
            String name = m.own("_name_") == null ? "" : "." + m.own("_name_");
            return "<" + m.pyClass().name() + name + ": " + Repr.repr(m.own("_value_")) + ">";
        });
        ENUM.method("__str__", a -> {
            PyInstance m = member(a.self());
            Object name = m.own("_name_");
            return name == null ? m.pyClass().name() + "(" + Repr.repr(m.own("_value_")) + ")" : m.pyClass().name() + "." + name;
        });
        ENUM.method("__format__", a -> StrFormat.formatValue(Repr.str(a.self()), a.string(0), a.interpreter()));
        // a member is one object: copies are the member itself (CPython's Enum.__copy__/__deepcopy__)
        ENUM.method("__copy__", Args::self).method("__deepcopy__", Args::self);
        ValueMembers.define(INT_ENUM, false);
        ValueMembers.define(STR_ENUM, true);
        FlagMembers.define(FLAG);
        ValueMembers.define(INT_FLAG, false);
        FlagMembers.define(INT_FLAG); // after ValueMembers: |, &, ^, ~ give members
    }

    static PyModule create() {
        PyModule m = new PyModule("enum");
        m.add("Enum", ENUM).add("IntEnum", INT_ENUM).add("StrEnum", STR_ENUM).add("Flag", FLAG).add("IntFlag", INT_FLAG).add("auto", AUTO);
        m.add("EnumType", EnumType.TYPE).add("EnumMeta", EnumType.TYPE);
        m.add(Builtin.of("unique", EnumModule::unique));
        return m;
    }

    /** A member's read-only attribute (name, value): CPython's message when it is set. */
    private static Descriptors.Property property(String name, String slot) {
        Builtin.Fn refuse = a -> {
            throw PyError.attribute(ENUM + " cannot set attribute '" + name + "'");
        };
        return new Descriptors.Property(new BuiltinMethod(name, a -> member(a.self()).own(slot)), new BuiltinMethod(name, refuse), null);
    }

    static PyInstance member(Object v) {
        if (v instanceof PyInstance i && i.pyClass().isSubclassOf(ENUM)) return i;
        throw PyError.type("an enum member is needed, not " + Values.typeName(v));
    }

    static Object value(Object member) {
        return member(member).own("_value_");
    }

    /** @unique: CPython's ValueError naming every alias and its member. */
    private static Object unique(Args a) {
        Object cls = a.expect(1, 1).get(0);
        if (!(cls instanceof PyClass c) || !c.isSubclassOf(ENUM)) throw PyError.type("unique() needs an Enum class, not " + Values.typeName(cls));
        List<String> duplicates = new ArrayList<>();
        for (PyDict.Entry e : EnumType.memberMap(c).entries()) {
            String canonical = (String) member(e.value()).own("_name_");
            if (!canonical.equals(e.key())) duplicates.add(e.key() + " -> " + canonical);
        }
        if (!duplicates.isEmpty()) throw PyError.value("duplicate values found in " + c + ": " + String.join(", ", duplicates));
        return c;
    }
}
