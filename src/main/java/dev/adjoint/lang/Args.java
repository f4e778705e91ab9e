package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one builtin call, with checked accessors whose messages name the function:
 * "sum() takes 1 to 2 positional arguments but 3 were given".
 */
public final class Args {
    private final String function;
    private final List<Object> positional;
    private final Map<String, Object> keywords;
    private final Span span;
    private final Interpreter interpreter;
    private Object self;
    /** The object of a subclass of a built-in type whose value {@link #self} is, or null (see BuiltinSubclasses). */
    private PyInstance instance;

    public Args(String function, List<Object> positional, Map<String, Object> keywords, Span span, Interpreter interpreter) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
        this.span = span;
        this.interpreter = interpreter;
    }

    /** The same call with {@code self} as the first argument: {@code x.sum(1)} is {@code sum(x, 1)}. */
    Args withReceiver(Object self) {
        List<Object> all = new java.util.ArrayList<>(positional.size() + 1);
        all.add(self);
        all.addAll(positional);
        return new Args(function, all, keywords, span, interpreter).withSelf(self); // so messages can count positions after self, as PyTorch's methods do
    }

    /** The same arguments with {@code self}: the object a built-in method was called on ({@code xs} in {@code xs.append(1)}). */
    Args withSelf(Object self) {
        this.self = self;
        return this;
    }

    /** The object a built-in method was called on. */
    public Object self() {
        return self;
    }

    /** The same arguments with self the value an object of a subclass of the method's type carries. */
    Args withInstance(PyInstance instance) {
        this.instance = instance;
        this.self = instance.value();
        return this;
    }

    /** The object of a subclass of a built-in type a built-in method was called on, whose value self() is; null when self() is the object itself. */
    PyInstance instance() {
        return instance;
    }

    /** The keyword arguments by name. */
    public Map<String, Object> keywords() {
        return keywords;
    }

    public String function() {
        return function;
    }

    /** A str argument. */
    public String string(int i) {
        Object v = positional.get(i);
        if (v instanceof PyInstance p && p.value() instanceof String text) return text; // a str subclass's text
        if (!(v instanceof String s)) throw typeError("argument " + (i + 1) + " must be str, not " + Values.typeName(v));
        return s;
    }

    /** A TypeError naming the function: "f() message". */
    public PyError typeError(String message) {
        return PyError.type(function + "() " + message);
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public Span span() {
        return span;
    }

    public int size() {
        return positional.size();
    }

    public List<Object> positional() {
        return positional;
    }

    public Object get(int i) {
        return positional.get(i);
    }

    /**
     * The same call with the keywords that name the next parameters moved into their places, as
     * Python binds a signature: with parameters (input, end, weight), {@code lerp(a, end=b, weight=w)}
     * becomes {@code lerp(a, b, w)}, so a builtin written for positions takes both forms. A keyword
     * for a place already given by position is Python's "got multiple values"; keywords after a gap
     * stay keywords.
     */
    public Args positionalFrom(String... parameters) {
        for (int i = 0; i < Math.min(positional.size(), parameters.length); i++)
            if (keywords.containsKey(parameters[i])) throw error("got multiple values for argument '" + parameters[i] + "'");
        if (keywords.isEmpty() || positional.size() >= parameters.length || !keywords.containsKey(parameters[positional.size()])) return this;
        List<Object> all = new java.util.ArrayList<>(positional);
        Map<String, Object> rest = new java.util.LinkedHashMap<>(keywords);
        while (all.size() < parameters.length && rest.containsKey(parameters[all.size()])) all.add(rest.remove(parameters[all.size()]));
        Args bound = new Args(function, all, rest, span, interpreter);
        bound.self = self;
        bound.instance = instance;
        return bound;
    }

    /**
     * Checks that the first {@code names.length} parameters are each given by position or by
     * keyword, else CPython's TypeError naming the missing ones.
     */
    public Args require(String... names) {
        List<String> missing = new java.util.ArrayList<>();
        for (int i = positional.size(); i < names.length; i++) if (!keywords.containsKey(names[i])) missing.add(names[i]);
        if (!missing.isEmpty()) throw PyError.type(function + "() " + missingArguments(missing));
        return this;
    }

    /** CPython's "missing 2 required positional arguments: 'a' and 'b'" (three or more: "'a', 'b', and 'c'"). */
    public static String missingArguments(List<String> names) {
        List<String> quoted = new java.util.ArrayList<>();
        for (String n : names) quoted.add("'" + n + "'");
        String list = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + (quoted.size() > 2 ? "," : "") + " and " + quoted.get(quoted.size() - 1);
        return "missing " + names.size() + " required positional argument" + (names.size() == 1 ? "" : "s") + ": " + list;
    }

    /** Checks the number of positional arguments and the keyword names. */
    public Args expect(int min, int max, String... allowedKeywords) {
        int n = positional.size();
        if (n < min || n > max) {
            String count = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            throw error("takes " + count + " positional argument" + (max == 1 && min == 1 ? "" : "s") + " but " + n + (n == 1 ? " was" : " were") + " given");
        }
        if (!keywords.isEmpty()) {
            Set<String> allowed = Set.of(allowedKeywords);
            for (String k : keywords.keySet())
                if (!allowed.contains(k)) throw error("got an unexpected keyword argument '" + k + "'");
        }
        return this;
    }

    public Tensor tensor(int i) {
        return tensorValue(positional.get(i), "argument " + (i + 1));
    }

    public Tensor tensorValue(Object v, String what) {
        Tensor t = Values.asTensor(v);
        if (t == null) throw error(what + " must be a tensor, not " + Values.typeName(v));
        return t;
    }

    public int integer(int i) {
        return intValue(positional.get(i), "argument " + (i + 1));
    }

    public int intValue(Object v, String what) {
        try {
            return Values.toInt(v, what);
        } catch (PyError e) {
            throw error(e.getMessage());
        }
    }

    /** A number (a one-element tensor or a bool). */
    public double number(Object v, String what) {
        Tensor t = Values.asTensor(v);
        if (t == null || t.value().size() != 1) throw error(what + " must be a number, not " + Values.typeName(v));
        return t.value().item();
    }

    /** A number given by position or keyword, with a default. */
    public double number(int index, String name, double absent) {
        Object v = option(index, name, null);
        return v == null ? absent : number(v, name);
    }

    /** Whole number given by position or keyword, with a default. */
    public int integer(int index, String name, int absent) {
        Object v = option(index, name, null);
        return v == null ? absent : intValue(v, name);
    }

    /** A bool given by position or keyword, with a default. */
    public boolean bool(int index, String name, boolean absent) {
        Object v = option(index, name, null);
        return v == null ? absent : Values.truthy(v);
    }

    public boolean has(String keyword) {
        return keywords.containsKey(keyword);
    }

    public Object keyword(String name) {
        return keywords.get(name);
    }

    /** An argument given by position {@code index} or by keyword {@code name}; {@code absent} if neither. */
    public Object option(int index, String name, Object absent) {
        boolean byPosition = index >= 0 && index < positional.size();
        if (byPosition && keywords.containsKey(name)) throw error("got multiple values for argument '" + name + "'");
        if (byPosition) return positional.get(index);
        return keywords.containsKey(name) ? keywords.get(name) : absent;
    }

    public boolean flag(String name, boolean absent) {
        Object v = keywords.get(name);
        if (v == null) return absent;
        if (v instanceof Boolean b) return b;
        return Values.truthy(v);
    }

    /** Axes from position {@code index} or {@code axis=} / {@code axes=} (an int or a tuple); null means all. */
    public int[] axes(int index) {
        if (has("axis") && has("axes")) throw error("give either axis= or axes=, not both");
        Object v = option(index, has("axes") ? "axes" : "axis", null);
        if (v == null) return null;
        return ints(v, "axis");
    }

    /** A single axis from position {@code index} or {@code axis=}, with a default. */
    public int axis(int index, int absent) {
        Object v = option(index, "axis", null);
        return v == null ? absent : intValue(v, "axis");
    }

    /** A shape: the positional arguments from {@code from} on (ints), or a single tuple. */
    public int[] shape(int from) {
        if (positional.size() == from + 1 && positional.get(from) instanceof List<?> l) return ints(l, "shape");
        int[] s = new int[positional.size() - from];
        for (int i = 0; i < s.length; i++) s[i] = intValue(positional.get(from + i), "dimension");
        return s;
    }

    /** An int or a tuple/list of ints. */
    public int[] ints(Object v, String what) {
        if (v instanceof List<?> l) {
            int[] out = new int[l.size()];
            for (int i = 0; i < out.length; i++) out[i] = intValue(l.get(i), what);
            return out;
        }
        if (v instanceof Tensor t && t.ndim() == 1) {
            double[] d = t.value().toArray();
            int[] out = new int[d.length];
            for (int i = 0; i < out.length; i++) out[i] = intValue(Tensor.constant(d[i]), what);
            return out;
        }
        return new int[] {intValue(v, what)};
    }

    /** A TypeError at the call, its message naming the function: "sum() takes 1 to 2 positional arguments but 3 were given". */
    public LangError error(String message) {
        return LangError.python("TypeError", function + "() " + message, span);
    }

    /**
     * What PyTorch's argument parser says it got: the positional arguments' types (a method's
     * tensor, the first, not among them when {@code method}), then the keywords last to first; with no positional argument each
     * keyword ends in ", " (its text, as 1.13 prints it).
     */
    public String overloadTypes(boolean method) {
        List<String> positional = new ArrayList<>();
        for (int i = method ? 1 : 0; i < size(); i++) positional.add(Values.typeName(get(i)));
        List<String> keywords = new ArrayList<>();
        for (Map.Entry<String, Object> e : keywords().entrySet()) keywords.add(0, e.getKey() + "=" + Values.typeName(e.getValue()));
        if (positional.isEmpty()) return String.join("", keywords.stream().map(k -> k + ", ").toList());
        positional.addAll(keywords);
        return String.join(", ", positional);
    }
}
