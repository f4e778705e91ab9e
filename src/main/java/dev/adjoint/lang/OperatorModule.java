package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's operator: the operators as functions (add, mul, lt, getitem, ...) with the language's
 * own rules (tensors and tracked numbers included), and itemgetter, attrgetter and methodcaller,
 * the key functions of sorted/max/min.
 */
final class OperatorModule {
    private OperatorModule() {}

    private static final Map<String, TokenType> BINARY = Map.ofEntries(Map.entry("add", TokenType.PLUS), Map.entry("sub", TokenType.MINUS),
            Map.entry("mul", TokenType.STAR), Map.entry("truediv", TokenType.SLASH), Map.entry("floordiv", TokenType.SLASH_SLASH),
            Map.entry("mod", TokenType.PERCENT), Map.entry("pow", TokenType.STAR_STAR), Map.entry("matmul", TokenType.AT),
            Map.entry("and_", TokenType.AMPERSAND), Map.entry("or_", TokenType.PIPE), Map.entry("lshift", TokenType.LEFT_SHIFT),
            Map.entry("rshift", TokenType.RIGHT_SHIFT), Map.entry("concat", TokenType.PLUS));
    private static final Map<String, TokenType> COMPARE = Map.of("lt", TokenType.LESS, "le", TokenType.LESS_EQUAL, "gt", TokenType.GREATER,
            "ge", TokenType.GREATER_EQUAL, "eq", TokenType.EQUAL_EQUAL, "ne", TokenType.BANG_EQUAL, "is_", TokenType.IS, "is_not", TokenType.IS_NOT);

    static PyModule create() {
        PyModule m = new PyModule("operator");
        BINARY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                m.add(Builtin.of(e.getKey(), a -> Operators.binary(e.getValue(), a.expect(2, 2).get(0), a.get(1)))));
        COMPARE.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                m.add(Builtin.of(e.getKey(), a -> Operators.compare(e.getValue(), a.expect(2, 2).get(0), a.get(1)))));
        m.add(Builtin.of("xor", a -> { // Python's XOR of ints and bools (adjoint's ^ of numbers is power); sets and arrays keep their ^
            Object x = Values.plain(a.expect(2, 2).get(0)), y = Values.plain(a.get(1));
            return PyNumbers.isInt(x) && PyNumbers.isInt(y) ? NumberDunders.xor(x, y) : Operators.binary(TokenType.CARET, a.get(0), a.get(1));
        }));
        m.add(Builtin.of("neg", a -> Operators.unary(TokenType.MINUS, a.expect(1, 1).get(0))));
        m.add(Builtin.of("pos", a -> Operators.unary(TokenType.PLUS, a.expect(1, 1).get(0))));
        m.add(Builtin.of("invert", a -> Operators.unary(TokenType.TILDE, a.expect(1, 1).get(0))));
        m.add(Builtin.of("abs", a -> Operators.abs(a.expect(1, 1).get(0))));
        m.add(Builtin.of("not_", a -> !Values.truthy(a.expect(1, 1).get(0))));
        m.add(Builtin.of("truth", a -> Values.truthy(a.expect(1, 1).get(0))));
        m.add(Builtin.of("contains", a -> Operators.contains(a.expect(2, 2).get(0), a.get(1))));
        m.add(Builtin.of("getitem", a -> Subscripts.get(a.interpreter(), a.expect(2, 2).get(0), a.get(1))));
        m.add(Builtin.of("index", a -> Values.toLong(a.expect(1, 1).get(0), "index")));
        m.add(Builtin.of("itemgetter", a -> {
            List<Object> keys = List.copyOf(a.expect(1, Integer.MAX_VALUE).positional());
            return Builtin.of("itemgetter", g -> pick(keys, k -> Subscripts.get(g.interpreter(), g.expect(1, 1).get(0), k)));
        }));
        m.add(Builtin.of("attrgetter", a -> {
            List<Object> names = List.copyOf(a.expect(1, Integer.MAX_VALUE).positional());
            for (Object n : names) if (!(n instanceof String)) throw PyError.type("attribute name must be a string");
            return Builtin.of("attrgetter", g -> pick(names, n -> {
                Object v = g.expect(1, 1).get(0);
                for (String part : ((String) n).split("\\.")) v = Attributes.get(g.interpreter(), v, part);
                return v;
            }));
        }));
        m.add(Builtin.of("methodcaller", a -> {
            String name = a.expect(1, Integer.MAX_VALUE, a.keywords().keySet().toArray(new String[0])).string(0);
            List<Object> args = List.copyOf(a.positional().subList(1, a.size()));
            Map<String, Object> keywords = Map.copyOf(a.keywords());
            return Builtin.of("methodcaller", g -> g.interpreter().call(Attributes.get(g.interpreter(), g.expect(1, 1).get(0), name), args, keywords, g.span()));
        }));
        return m;
    }

    /** One key's value, or the tuple of every key's (itemgetter(0, 2)). */
    private static Object pick(List<Object> keys, java.util.function.Function<Object, Object> get) {
        if (keys.size() == 1) return get.apply(keys.get(0));
        List<Object> out = new ArrayList<>();
        for (Object k : keys) out.add(get.apply(k));
        return Values.tuple(out);
    }
}
