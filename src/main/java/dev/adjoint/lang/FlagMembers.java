package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * enum.Flag's members: bit sets. {@code |}, {@code &}, {@code ^} and {@code ~} give the member of
 * that value, or a new combination named after its one-bit members in definition order
 * ({@code <Perm.R|X: 5>}), kept in {@code _value2member_map_} so that it is one object as in
 * CPython; {@code in} tests bits, iteration gives the one-bit members, a value outside every
 * flag is CPython 3.11's ValueError (STRICT boundary). IntFlag's members also combine with ints,
 * on either side, and keep bits no member has (boundary KEEP: {@code <Perm.R|8: 12>}).
 */
final class FlagMembers {
    private FlagMembers() {}

    static void define(PyClass flag) {
        flag.method("__or__", a -> combine(a, (x, y) -> x | y)).method("__ror__", a -> combine(a, (x, y) -> x | y));
        flag.method("__and__", a -> combine(a, (x, y) -> x & y)).method("__rand__", a -> combine(a, (x, y) -> x & y));
        flag.method("__xor__", a -> combine(a, (x, y) -> x ^ y)).method("__rxor__", a -> combine(a, (x, y) -> x ^ y));
        flag.method("__invert__", a -> {
            PyInstance m = EnumModule.member(a.self());
            return of(a.interpreter(), m.pyClass(), ~bits(m) & mask(m.pyClass()));
        });
        flag.method("__contains__", a -> {
            PyInstance m = EnumModule.member(a.self());
            if (!(a.get(0) instanceof PyInstance o && o.pyClass() == m.pyClass()))
                throw PyError.type("unsupported operand type(s) for 'in': '" + Values.typeName(a.get(0)) + "' and '" + m.pyClass().name() + "'");
            return (bits(o) & bits(m)) == bits(o);
        });
        flag.method("__bool__", a -> bits(EnumModule.member(a.self())) != 0);
        flag.method("__len__", a -> (long) Long.bitCount(bits(EnumModule.member(a.self()))));
        flag.method("__iter__", a -> {
            PyInstance m = EnumModule.member(a.self());
            List<Object> parts = new ArrayList<>();
            for (PyInstance one : EnumType.members(m.pyClass())) if ((bits(one) & bits(m)) == bits(one)) parts.add(one);
            return new PyIterator("generator", parts.iterator());
        });
    }

    private interface Bits {
        long apply(long x, long y);
    }

    /** a op b for two members of one Flag class (or an IntFlag's and an int); another operand is CPython's NotImplemented (then a TypeError). */
    private static Object combine(Args a, Bits op) {
        PyInstance m = EnumModule.member(a.self());
        Object other = a.get(0);
        if (other instanceof PyInstance o && o.pyClass() == m.pyClass()) return of(a.interpreter(), m.pyClass(), op.apply(bits(m), bits(o)));
        if (other instanceof PyInstance o && (o.pyClass().isSubclassOf(EnumModule.INT_FLAG) || o.pyClass().isSubclassOf(EnumModule.INT_ENUM)))
            other = EnumModule.value(o); // another class's int member: its int
        if (keeps(m.pyClass()) && PyNumbers.isInt(other) && !(other instanceof Boolean))
            return of(a.interpreter(), m.pyClass(), op.apply(bits(m), Values.toLong(other, "an int")));
        return Dunders.NOT_IMPLEMENTED;
    }

    /** IntFlag's boundary KEEP: values with bits no member has are members too. */
    private static boolean keeps(PyClass cls) {
        return cls.isSubclassOf(EnumModule.INT_FLAG);
    }

    static boolean isSingleBit(PyInstance m) {
        return Long.bitCount(bits(m)) == 1;
    }

    private static long bits(PyInstance m) {
        return Values.toLong(m.own("_value_"), "a flag's value");
    }

    /** Every bit a member of the class has. */
    private static long mask(PyClass cls) {
        long all = 0;
        for (PyDict.Entry e : EnumType.memberMap(cls).entries()) all |= bits((PyInstance) e.value());
        return all;
    }

    /** The member of that value: a defined one, or the combination of the one-bit members it holds. */
    static PyInstance of(Interpreter in, PyClass cls, Object value) {
        PyDict byValue = (PyDict) cls.lookup("_value2member_map_");
        if (byValue.containsKey(value)) return (PyInstance) byValue.get(value);
        if (!PyNumbers.isInt(value) || value instanceof Boolean) throw PyError.value(Repr.repr(value) + " is not a valid " + cls.name());
        long v = Values.toLong(value, "a flag's value"), all = mask(cls);
        if (v < 0 || ((v & ~all) != 0 && !keeps(cls))) {
            int width = Math.max(64 - Long.numberOfLeadingZeros(Math.abs(v)), 64 - Long.numberOfLeadingZeros(all));
            throw PyError.value(cls + " invalid value " + v + "\n    given " + bin(v, width) + "\n  allowed " + bin(all, width));
        }
        List<String> names = new ArrayList<>();
        for (PyInstance one : EnumType.members(cls)) if ((bits(one) & v) == bits(one)) names.add((String) one.own("_name_"));
        PyInstance combined = new PyInstance(cls, in);
        if (!names.isEmpty() && (v & ~all) != 0) names.add(Long.toString(v & ~all)); // CPython's _numeric_repr_ of the unknown bits
        combined.setOwn("_name_", names.isEmpty() ? null : String.join("|", names));
        combined.setOwn("_value_", v);
        byValue.put(v, combined);
        return combined;
    }

    /** CPython's enum.bin for a value that is not negative: "0b0 1000", the digits padded to width with the sign bit. */
    private static String bin(long v, int width) {
        String digits = v == 0 ? "" : Long.toBinaryString(v);
        while (digits.length() < width) digits = "0" + digits;
        return "0b0 " + digits;
    }
}
