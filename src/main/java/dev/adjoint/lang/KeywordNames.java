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

    /** Read at the first call: qualified name to its overloads' positional-or-keyword names. */
    private static final class Table {
        static final Map<String, String[][]> ROWS = read("keyword_names.tsv");
    }

    /**
     * {@code fn} binding its keywords by {@code qualified}'s recorded names; {@code fn} itself when
     * none are recorded (or it has a one-number fast path). A builtin reads its keywords its own way
     * first (many read dtype=, equal_nan= by name only); only a call it refuses with a TypeError is
     * bound by the library's names and tried again, so no call that worked before changes.
     */
    public static Builtin.Fn binding(String qualified, Builtin.Fn fn) {
        if (fn == null || fn instanceof Builtin.OneNumber) return fn;
        String[][] overloads = Table.ROWS.get(qualified);
        if (overloads == null) return fn;
        return a -> {
            if (a.keywords().isEmpty()) return fn.apply(a);
            try {
                return fn.apply(a);
            } catch (PyError | LangError refused) {
                Args bound = refusedItsBinding(refused) ? bind(a, overloads) : a;
                if (bound == a) throw refused;
                try {
                    return fn.apply(bound);
                } catch (PyError | LangError again) {
                    if (isTypeError(again)) throw refused; // still refused: the message for the call as written
                    throw again;
                }
            }
        };
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
