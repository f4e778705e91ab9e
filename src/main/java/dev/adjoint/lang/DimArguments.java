package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dim arguments torch 1.13 refuses where adjoint's builtins would read something: dim=None where
 * an operator has no overload without a dim (its Dimname overload catches the None), and a tuple of
 * dims for all()/any(), which take one int in 1.13 (tester findings Z62, Z63).
 */
final class DimArguments {
    private DimArguments() {}

    /** Operators whose dim=None goes to the Dimname overload, which looks the name up. */
    private static final Set<String> LOOKED_UP = Set.of("max", "min", "squeeze", "prod", "softmax", "log_softmax", "cumsum", "cumprod",
            "logsumexp", "median", "nanmedian", "mode", "kthvalue", "logcumsumexp", "cummax", "cummin", "unbind");
    /** Operators whose Dimname overload is not implemented. */
    private static final Set<String> NOT_BY_NAME = Set.of("sort", "argsort", "all", "any");

    /** fn, refusing an explicit dim=None as torch 1.13 does for {@code name}'s operator. */
    static Builtin.Fn guarded(String name, Builtin.Fn fn) {
        boolean lookedUp = LOOKED_UP.contains(name);
        if (!lookedUp && !NOT_BY_NAME.contains(name)) return fn;
        return a -> {
            if (dimIsNone(a, name.equals("kthvalue") ? 2 : 1)) {
                if (lookedUp) throw new PyError("RuntimeError", "Please look up dimensions by name, got: name = None.");
                throw new PyError("RuntimeError", name + ": You passed a dimname (string) to this op in place of a dimension index but it does not yet"
                        + " support this behavior. Please pass a dimension index to work around this.");
            }
            return fn.apply(a);
        };
    }

    /** Whether dim (or NumPy's axis) is given, as None, by keyword or at its place (position counted with the tensor). */
    private static boolean dimIsNone(Args a, int place) {
        for (String k : List.of("dim", "axis")) if (a.has(k) && a.keyword(k) == null) return true;
        return a.size() > place && a.get(place) == null;
    }

    private static final List<String> METHOD_OVERLOADS = List.of("", "int dim, bool keepdim", "name dim, bool keepdim");
    private static final List<String> FUNCTION_OVERLOADS = List.of("Tensor input, *, Tensor out", "Tensor input, int dim, bool keepdim, *, Tensor out",
            "Tensor input, name dim, bool keepdim, *, Tensor out");

    /**
     * all()/any() given a tuple or list of dims: PyTorch 1.13's overload error. Its argument parser
     * explains an overload only when the call has as many arguments as the overload's printed form has
     * parts: the keywords it lacks, else each argument with those of the wrong type between !.
     */
    static PyError logicalOverloadError(Args a, boolean method) {
        StringBuilder m = new StringBuilder(a.function() + "() received an invalid combination of arguments - got (" + a.overloadTypes(method) + "), but expected one of:\n");
        List<String> positional = new ArrayList<>();
        for (int i = method ? 1 : 0; i < a.size(); i++) positional.add(Values.typeName(a.get(i)));
        int given = positional.size() + a.keywords().size();
        for (String overload : method ? METHOD_OVERLOADS : FUNCTION_OVERLOADS) {
            m.append(" * (").append(overload).append(")\n");
            String[] parts = overload.split(", ", -1);
            if (parts.length != given) continue;
            List<String> unknown = new ArrayList<>();
            for (String k : a.keywords().keySet()) if (typeOf(parts, k) == null) unknown.add(0, k);
            if (!unknown.isEmpty()) {
                m.append("      didn't match because some of the keywords were incorrect: ").append(String.join(", ", unknown)).append('\n');
                continue;
            }
            List<String> described = new ArrayList<>();
            for (int i = 0; i < positional.size(); i++) described.add(marked(positional.get(i), parts[i].split(" ")[0], positional.get(i)));
            List<String> keywords = new ArrayList<>();
            for (String part : parts) {
                String name = part.substring(part.lastIndexOf(' ') + 1);
                if (!a.has(name)) continue;
                String type = Values.typeName(a.keyword(name));
                keywords.add(marked(type, typeOf(parts, name), name + "=" + type));
            }
            String text = positional.isEmpty() ? String.join("", keywords.stream().map(k -> k + ", ").toList()) : String.join(", ", concat(described, keywords));
            m.append("      didn't match because some of the arguments have invalid types: (").append(text).append(")\n");
        }
        return PyError.type(m.toString());
    }

    /** The type the overload's parts give parameter {@code name}; null when it has none of that name. */
    private static String typeOf(String[] parts, String name) {
        for (String p : parts) if (p.endsWith(" " + name)) return p.substring(0, p.lastIndexOf(' '));
        return null;
    }

    /** An argument's description, between ! when its type is not the parameter's (a name is a str). */
    private static String marked(String given, String wanted, String text) {
        Map<String, String> pythonType = Map.of("name", "str");
        return given.equals(pythonType.getOrDefault(wanted, wanted)) ? text : "!" + text + "!";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
