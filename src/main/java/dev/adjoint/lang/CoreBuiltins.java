package dev.adjoint.lang;

import dev.adjoint.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's basics: range, print, len, str, ..., plus seed and the grad-mode contexts. */
final class CoreBuiltins {
    private CoreBuiltins() {}

    static void register(Map<String, Object> t) {
        Builtins.add(t, Builtin.of("range", CoreBuiltins::range));
        Builtins.add(t, Builtin.of("print", CoreBuiltins::print));
        Builtins.add(t, Builtin.of("len", CoreBuiltins::len));
        Builtins.add(t, Builtin.of("str", a -> a.interpreter().format(a.expect(1, 1).get(0))));
        Builtins.add(t, Builtin.of("float", a -> Tensor.constant(a.expect(1, 1).tensor(0).value().item())));
        Builtins.add(t, Builtin.of("int", a -> Tensor.constant((double) (long) a.expect(1, 1).tensor(0).value().item())));
        Builtins.add(t, Builtin.of("list", a -> items(a)));
        Builtins.add(t, Builtin.of("tuple", a -> items(a)));
        Builtins.add(t, Builtin.of("enumerate", CoreBuiltins::enumerate));
        Builtins.add(t, Builtin.of("zip", CoreBuiltins::zip));
        Builtins.add(t, Builtin.of("seed", CoreBuiltins::seed));
        Builtins.add(t, Builtin.of("no_grad", a -> gradMode(a, false)));
        Builtins.add(t, Builtin.of("enable_grad", a -> gradMode(a, true)));
        t.put("pi", Tensor.constant(Math.PI));
    }

    /** range(stop), range(start, stop[, step]) over integers. */
    private static Object range(Args a) {
        a.expect(1, 3);
        long[] n = new long[a.size()];
        for (int i = 0; i < n.length; i++) n[i] = a.intValue(a.get(i), "argument " + (i + 1)); // error() adds "range() "
        if (n.length == 3 && n[2] == 0) throw a.error("arg 3 must not be zero");
        return n.length == 1 ? new RangeValue(0, n[0], 1) : new RangeValue(n[0], n[1], n.length == 3 ? n[2] : 1);
    }

    private static Object print(Args a) {
        a.expect(0, Integer.MAX_VALUE, "sep");
        Object sep = a.keyword("sep");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) sb.append(sep instanceof String s ? s : " ");
            sb.append(a.interpreter().format(a.get(i)));
        }
        a.interpreter().printer().print(sb.toString());
        return null;
    }

    private static Object len(Args a) {
        Object v = a.expect(1, 1).get(0);
        long n;
        if (v instanceof Tensor t) {
            if (t.ndim() == 0) throw a.error("of a 0-d tensor");
            n = t.shape()[0];
        } else if (v instanceof List<?> l) n = l.size();
        else if (v instanceof String s) n = s.length();
        else if (v instanceof RangeValue r) n = r.length();
        else if (v instanceof Sized z) n = z.length();
        else throw a.error("object of type '" + Values.typeName(v) + "' has no len()");
        return Tensor.constant(n);
    }

    private static Object items(Args a) {
        try {
            return Values.items(a.expect(1, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw a.error(e.getMessage());
        }
    }

    private static Object enumerate(Args a) {
        List<Object> items = Values.items(a.expect(1, 1).get(0));
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) out.add(tuple(Tensor.constant(i), items.get(i)));
        return java.util.Collections.unmodifiableList(out);
    }

    private static Object zip(Args a) {
        a.expect(1, Integer.MAX_VALUE);
        List<List<Object>> columns = new ArrayList<>();
        int n = Integer.MAX_VALUE;
        for (Object v : a.positional()) {
            List<Object> items = Values.items(v);
            columns.add(items);
            n = Math.min(n, items.size());
        }
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) row[c] = columns.get(c).get(i);
            out.add(tuple(row));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** seed(n): NumPy's np.random.seed for this session's generator. */
    private static Object seed(Args a) {
        long n;
        try {
            n = Values.toLong(a.expect(1, 1).get(0), "seed");
        } catch (IllegalArgumentException e) {
            throw a.error(e.getMessage());
        }
        if (n < 0 || n > 0xffffffffL) throw a.error("argument must be between 0 and 2**32 - 1, got " + n);
        a.interpreter().random().seed(n);
        return null;
    }

    private static GradModeContext gradMode(Args a, boolean enabled) {
        a.expect(0, 0);
        return new GradModeContext(enabled);
    }

    static List<Object> tuple(Object... items) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(items));
    }
}
