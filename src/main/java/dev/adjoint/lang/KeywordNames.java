package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names PyTorch and NumPy give the parameters a call may fill by keyword or by position
 * (keyword_names.tsv, recorded from torch 1.13 and NumPy 1.24 by scripts/fixtures/keyword_names.py):
 * {@code torch.sum(input=x, dim=0)}, {@code F.linear(x, weight=w)}, {@code np.clip(a=x, a_min=1, a_max=3)}
 * are bound here into the positions the builtins read, in one place for every function instead of
 * each builtin's own list. An operator with overloads (torch.arange(end) / (start, end, step)) binds
 * by the overload whose names the keywords fill furthest.
 */
public final class KeywordNames {
    private KeywordNames() {}

    /**
     * Qualified name to its overloads' positional-or-keyword names, read at the first torch or NumPy
     * module, or at the first method call refused for its keywords: not at a script's first tensor
     * method (1,874 rows: ~15 ms and their compilation, 6-10% of a short script's CPU).
     */
    private static final class Rows {
        static final Map<String, String[][]> ROWS = read("keyword_names.tsv");
    }

    /** torch's functions and Tensor methods written in Python (171 names), read when one is called with keywords it refuses. */
    private static final class PythonLevel {
        static final java.util.Set<String> NAMES = TsvResource.read("torch_python_functions.txt", 0).keySet();
    }

    /** NumPy's names PyTorch's argument parser also takes for a parameter (python_arg_parser's numpy_compatibility_arg_names). */
    private static final Map<String, String> NUMPY_NAMES = Map.of("axis", "dim", "keepdims", "keepdim", "x", "input", "a", "input", "x1", "input", "x2", "other");

    /**
     * {@code fn} binding its keywords by {@code qualified}'s recorded names; {@code fn} itself when
     * none are recorded (or it has a one-number fast path). A builtin reads its keywords its own way
     * first (many read dtype=, equal_nan= by name only); only a call it refuses with a TypeError is
     * bound by the library's names and tried again, so no call that worked before changes.
     */
    public static Builtin.Fn binding(String qualified, Builtin.Fn fn) {
        if (fn == null || fn instanceof Builtin.OneNumber || !Rows.ROWS.containsKey(qualified)) return fn;
        return new Binding(qualified, fn, false);
    }

    /**
     * {@link #binding} for a method of Tensor or ndarray, without reading the names until a call is
     * refused for its keywords: a script's first {@code loss.backward()} need not read them. (A
     * module's function is bound at once, so that one function exported by two modules stays one
     * object: {@code kl_divergence is torch.distributions.kl.kl_divergence}.)
     */
    public static Builtin.Fn methodBinding(String qualified, Builtin.Fn fn) {
        if (fn == null || fn instanceof Builtin.OneNumber) return fn;
        return new Binding(qualified, fn, false);
    }

    /**
     * {@link #methodBinding} for a method of torch.Tensor; a method torch 1.13 writes in Python
     * (x.norm, x.split) is named by its qualified name when it refuses a keyword, as CPython names it
     * ("Tensor.norm() got an unexpected keyword argument 'axis'").
     */
    public static Builtin.Fn tensorMethod(String qualified, Builtin.Fn fn) {
        if (fn == null) return fn;
        return new Binding(qualified, fn, true);
    }

    /**
     * {@link #binding}'s function: a call without keywords goes straight to the builtin; the recorded
     * names are looked up only for a call refused for where its arguments went.
     */
    private static final class Binding implements Builtin.Fn {
        private final String qualified;
        private final Builtin.Fn fn;
        private final boolean tensorMethod;

        Binding(String qualified, Builtin.Fn fn, boolean tensorMethod) {
            this.qualified = qualified;
            this.fn = fn;
            this.tensorMethod = tensorMethod;
        }

        @Override
        public Object apply(Args a) {
            if (a.keywords().isEmpty()) return fn.apply(a);
            try {
                return withKeywords(a);
            } catch (LangError e) {
                if (!tensorMethod || !isUnexpectedKeyword(e) || !PythonLevel.NAMES.contains(qualified)) throw e;
                throw LangError.python("TypeError", "Tensor." + e.detail(), e.span());
            }
        }

        private Object withKeywords(Args a) {
            try {
                return fn.apply(a);
            } catch (PyError | LangError refused) {
                String[][] overloads = refusedItsBinding(refused) ? Rows.ROWS.get(qualified) : null;
                Args bound = overloads == null ? a : bind(withTorchNames(qualified, a, overloads), overloads);
                if (bound == a) throw refused;
                try {
                    return fn.apply(bound);
                } catch (PyError | LangError again) {
                    if (isTypeError(again)) throw refused; // still refused: the message for the call as written
                    throw again;
                }
            }
        }

        private boolean isUnexpectedKeyword(LangError e) {
            String name = qualified.substring(qualified.lastIndexOf('.') + 1);
            return "TypeError".equals(e.type()) && e.detail().startsWith(name + "() got an unexpected keyword argument");
        }
    }

    /**
     * The call with NumPy's parameter names (x.any(axis=1), torch.sum(a=x)) renamed to PyTorch's, as
     * 1.13's argument parser reads them for its C bindings; a Python-level function (torch.norm,
     * Tensor.split, F.softmax) takes only its own names, and a name a signature has itself stays.
     */
    static Args withTorchNames(String qualified, Args a, String[][] overloads) {
        if (!qualified.startsWith("torch.") || PythonLevel.NAMES.contains(qualified)) return a;
        Map<String, Object> keywords = null;
        for (Map.Entry<String, String> alias : NUMPY_NAMES.entrySet()) {
            String numpy = alias.getKey(), torch = alias.getValue();
            if (!a.has(numpy) || a.has(torch) || !names(overloads, torch) || names(overloads, numpy)) continue;
            if (keywords == null) keywords = new LinkedHashMap<>(a.keywords());
            keywords.put(torch, keywords.remove(numpy));
        }
        return keywords == null ? a : new Args(a.function(), a.positional(), keywords, a.span(), a.interpreter()).withSelf(a.self());
    }

    /** Whether a parameter of one of the overloads is called {@code name}. */
    private static boolean names(String[][] overloads, String name) {
        for (String[] o : overloads) for (String n : o) if (n.equals(name)) return true;
        return false;
    }

    /** A TypeError about where the arguments went ("takes 1 positional argument but 0 were given", "unexpected keyword argument"), not about their values. */
    private static boolean refusedItsBinding(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return isTypeError(e) && (m.contains("positional argument") || m.contains("missing required argument") || m.contains("unexpected keyword argument"));
    }

    private static boolean isTypeError(RuntimeException e) {
        return "TypeError".equals(e instanceof PyError p ? p.type() : e instanceof LangError l ? l.type() : null);
    }

    /**
     * The call with the keywords that name the next parameters moved into their places, as Python
     * binds a signature; of several overloads, the one that moves the most keywords (the first of
     * equals). Keywords after a gap, keyword-only ones and unknown ones stay keywords, for the
     * builtin's own check.
     */
    static Args bind(Args a, String[][] overloads) {
        String[] best = null;
        int most = 0;
        for (String[] names : overloads) {
            int n = 0;
            for (int i = a.size(); i < names.length && a.keywords().containsKey(names[i]); i++) n++;
            if (n > most) {
                most = n;
                best = names;
            }
        }
        if (best == null) return a;
        for (int i = 0; i < Math.min(a.size(), best.length); i++)
            if (a.keywords().containsKey(best[i])) throw a.error("got multiple values for argument '" + best[i] + "'");
        List<Object> positional = new ArrayList<>(a.positional());
        Map<String, Object> rest = new LinkedHashMap<>(a.keywords());
        while (positional.size() < best.length && rest.containsKey(best[positional.size()])) positional.add(rest.remove(best[positional.size()]));
        return new Args(a.function(), positional, rest, a.span(), a.interpreter()).withSelf(a.self());
    }

    private static Map<String, String[][]> read(String resource) {
        Map<String, String[][]> rows = new HashMap<>();
        TsvResource.read(resource, -1).forEach((name, fields) -> {
            String[][] overloads = new String[fields.length][];
            for (int i = 0; i < fields.length; i++) overloads[i] = fields[i].isEmpty() ? new String[0] : fields[i].split(",");
            rows.put(name, overloads);
        });
        return rows;
    }
}
