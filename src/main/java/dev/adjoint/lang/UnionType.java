package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code int | None}, {@code int | str}: CPython's types.UnionType, made by {@code |} between
 * types (classes, None, generic aliases, unions). It prints as written ({@code int | None}),
 * isinstance and issubclass test each of its types, and two unions of the same types in any order
 * are equal. {@code int | int} is just int.
 */
final class UnionType implements TabledHostObject, PyReprable, HashedByValue {
    static final PyClass TYPE = PyClass.builtin("UnionType", "types", BuiltinTypes.OBJECT, null);

    /** The types, flattened, without repeats, None as NoneType. */
    private final List<Object> args;

    private UnionType(List<Object> args) {
        this.args = List.copyOf(args);
    }

    /** Whether {@code |} with this operand can make a union (None alone cannot: None | None is a TypeError). */
    static boolean isTypeOperand(Object v) {
        return v == null || v instanceof PyClass || v instanceof GenericAlias || v instanceof UnionType;
    }

    /** a | b for two type operands, not both None; a union of one type is that type. */
    static Object of(Object a, Object b) {
        LinkedHashSet<Object> types = new LinkedHashSet<>();
        for (Object v : List.of(a == null ? BuiltinTypes.NONE : a, b == null ? BuiltinTypes.NONE : b)) {
            if (v instanceof UnionType u) types.addAll(u.args);
            else types.add(v);
        }
        return types.size() == 1 ? types.iterator().next() : new UnionType(new ArrayList<>(types));
    }

    /** The types, None as NoneType. */
    List<Object> members() {
        return args;
    }

    /** The classes isinstance and issubclass test; a generic alias among them is CPython's TypeError. */
    List<PyClass> classes(String function) {
        List<PyClass> out = new ArrayList<>();
        for (Object t : args) {
            if (!(t instanceof PyClass c)) throw PyError.type(function + "() argument 2 cannot be a parameterized generic");
            out.add(c);
        }
        return out;
    }

    @Override
    public String pyRepr() {
        List<String> parts = new ArrayList<>();
        for (Object t : args) parts.add(GenericAlias.typeText(t));
        return String.join(" | ", parts);
    }

    @Override
    public String typeName() {
        return "types.UnionType";
    }

    @Override
    public PyClass pyClass() {
        return TYPE;
    }

    private static final AttributeTable<UnionType> ATTRIBUTES = new AttributeTable<UnionType>()
            .value("__args__", u -> Values.tuple(new ArrayList<>(u.args)));

    @Override
    public AttributeTable<UnionType> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof TypingModule.Alias a && a.asUnion() != null) o = a.asUnion(); // typing.Union[int, str] == int | str
        return o instanceof UnionType u && new LinkedHashSet<>(u.args).equals(new LinkedHashSet<>(args));
    }

    @Override
    public int hashCode() {
        return new LinkedHashSet<>(args).hashCode();
    }

    @Override
    public String toString() {
        return pyRepr();
    }
}
