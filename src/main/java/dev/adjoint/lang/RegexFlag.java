package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * re's flags (re.RegexFlag, an IntFlag in CPython 3.11): an int in arithmetic, comparisons,
 * hashing and wherever an int is taken ({@code re.sub(p, r, s, re.M)} passes 8 as count), shown
 * by name ({@code re.IGNORECASE|re.MULTILINE}); | & ^ ~ between flags (or a flag and an int) give
 * a flag. Not an int object here: isinstance(re.I, int) is False.
 */
record RegexFlag(long value) implements HostObject, PyReprable, PyOperand, PyFormattable, HashedByValue {
    /** The flags in CPython's order of definition, which names a combination. */
    private static final String[] NAMES = {"ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG"};
    private static final long[] VALUES = {ReParser.ASCII, ReParser.IGNORECASE, ReParser.LOCALE, ReParser.UNICODE, ReParser.MULTILINE, ReParser.DOTALL,
            ReParser.VERBOSE, 1, ReParser.DEBUG};
    private static final long ALL = 511;

    /** The module's flags, one object each (re.I is re.IGNORECASE). */
    private static final java.util.Map<String, RegexFlag> MEMBERS = new java.util.HashMap<>();

    static {
        for (int i = 0; i < NAMES.length; i++) MEMBERS.put(NAMES[i], new RegexFlag(VALUES[i]));
        MEMBERS.put("NOFLAG", new RegexFlag(0));
    }

    static RegexFlag named(String name) {
        return MEMBERS.get(name);
    }

    static String[] names() {
        return NAMES;
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        Object o = Values.plain(other);
        long b;
        if (o instanceof RegexFlag f) b = f.value;
        else if (o instanceof Long l) b = l;
        else return Operators.binary(op, reflected ? o : value, reflected ? value : o);
        long a = value;
        return switch (op) {
            case PIPE -> new RegexFlag(a | b);
            case AMPERSAND -> new RegexFlag(a & b);
            case CARET -> new RegexFlag(a ^ b);
            default -> Operators.binary(op, reflected ? b : a, reflected ? a : b);
        };
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        Object o = Values.plain(other) instanceof RegexFlag f ? f.value : other;
        return reflected ? Operators.compare(op, o, value) : Operators.compare(op, value, o);
    }

    @Override
    public Object unary(TokenType op) {
        if (op == TokenType.TILDE) return new RegexFlag((value & ~ALL) != 0 ? ~value : ~value & ALL); // IntFlag keeps unknown bits
        return Operators.unary(op, value);
    }

    @Override
    public Object abs() {
        return Math.abs(value);
    }

    @Override
    public boolean truthy() {
        return value != 0;
    }

    @Override
    public Object number() {
        return value;
    }

    @Override
    public Object pythonNumber() {
        return value;
    }

    /** CPython's repr of a global IntFlag: re.IGNORECASE|re.MULTILINE, other bits in hex, re.NOFLAG for 0. */
    @Override
    public String pyRepr() {
        if (value == 0) return "re.NOFLAG";
        if (value < 0) return Long.toString(value);
        List<String> parts = new ArrayList<>();
        long rest = value;
        for (int i = 0; i < NAMES.length; i++)
            if ((value & VALUES[i]) != 0) {
                parts.add("re." + NAMES[i]);
                rest &= ~VALUES[i];
            }
        if (rest != 0) parts.add("0x" + Long.toHexString(rest));
        return String.join("|", parts);
    }

    /** format(flag, spec): the name without a spec (f'{re.I}'), else the int's format. */
    @Override
    public String format(String spec) {
        return spec.isEmpty() ? pyRepr() : FormatSpec.format(value, spec);
    }

    @Override
    public String toString() {
        return pyRepr();
    }

    @Override
    public String typeName() {
        return "RegexFlag";
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "value" -> value;
            case "name" -> value == 0 ? "NOFLAG" : pyRepr().replace("re.", "");
            case "real", "numerator" -> value;
            default -> null;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegexFlag f && f.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
