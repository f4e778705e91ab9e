package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.util.Iterator;

/** np.fromiter(iterable, dtype, count=-1): a 1-d array of the items an iterable (a generator too) yields, at most count of them. */
final class FromIterable {
    private FromIterable() {}

    static Object fromiter(Args a) {
        a.expect(1, 3, "iter", "dtype", "count", "like");
        if (a.size() < 2 && !a.has("dtype")) throw PyError.type("fromiter() missing required argument 'dtype' (pos 2)");
        Object source = a.option(0, "iter", null);
        NpType type = NpDtype.parse(a.option(1, "dtype", null));
        if (type == null) throw PyError.type("Cannot create an object array from an iterator");
        long count = Values.toLong(a.option(2, "count", -1L), "count");
        Iterator<Object> items = Values.iterate(source);
        double[] v = new double[count >= 0 ? (int) Math.min(count, Limits.maxElements()) : 16];
        int n = 0;
        while ((count < 0 || n < count) && items.hasNext()) {
            if (n == v.length) {
                Limits.check(2L * n, "(" + 2L * n + ",)");
                v = java.util.Arrays.copyOf(v, 2 * n);
            }
            NpArray item = Operand.required(items.next(), "fromiter");
            if (item.size() != 1) throw PyError.value("setting an array element with a sequence.");
            v[n++] = item.values().item();
        }
        if (count >= 0 && n < count) throw PyError.value("iterator too short: Expected " + count + " but iterator had only " + n + " items.");
        return NpArray.of(NDArray.of(java.util.Arrays.copyOf(v, n), n), type);
    }
}
