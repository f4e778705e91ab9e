package dev.adjoint.lang;

import java.util.Iterator;
import java.util.List;

/**
 * itertools' product, permutations and combinations (with or without replacement): tuples made
 * one at a time from index arrays, in CPython's order (the algorithms of the itertools docs), so
 * that product(range(10), repeat=12) costs nothing until walked.
 */
final class Combinatorics {
    private Combinatorics() {}

    /** The cartesian product of the pools, the last pool advancing fastest. */
    static Iterator<Object> product(List<List<Object>> pools) {
        return new Lookahead() {
            int[] at; // null before the first tuple

            Object fetch() {
                if (at == null) {
                    for (List<Object> p : pools) if (p.isEmpty()) return END;
                    at = new int[pools.size()];
                    return tuple();
                }
                for (int i = at.length - 1; i >= 0; i--) {
                    if (++at[i] < pools.get(i).size()) return tuple();
                    at[i] = 0;
                }
                return END;
            }

            private Object tuple() {
                Object[] t = new Object[at.length];
                for (int i = 0; i < t.length; i++) t[i] = pools.get(i).get(at[i]);
                return Values.tuple(t);
            }
        };
    }

    /** The r-length orderings of the pool's items (by position), in lexicographic order of positions. */
    static Iterator<Object> permutations(List<Object> pool, int r) {
        int n = pool.size();
        return new Lookahead() {
            int[] indices, cycles; // null before the first tuple
            boolean done = r > n;

            Object fetch() {
                if (done) return END;
                if (indices == null) {
                    indices = new int[n];
                    for (int i = 0; i < n; i++) indices[i] = i;
                    cycles = new int[r];
                    for (int i = 0; i < r; i++) cycles[i] = n - i;
                    return tuple();
                }
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = n - cycles[i];
                        int t = indices[i];
                        indices[i] = indices[j];
                        indices[j] = t;
                        return tuple();
                    }
                }
                done = true;
                return END;
            }

            private Object tuple() {
                Object[] t = new Object[r];
                for (int i = 0; i < r; i++) t[i] = pool.get(indices[i]);
                return Values.tuple(t);
            }
        };
    }

    /** The r-length subsequences of the pool (items may repeat when {@code replacement}), in lexicographic order of positions. */
    static Iterator<Object> combinations(List<Object> pool, int r, boolean replacement) {
        int n = pool.size();
        return new Lookahead() {
            int[] indices; // null before the first tuple
            boolean done = replacement ? n == 0 && r > 0 : r > n;

            Object fetch() {
                if (done) return END;
                if (indices == null) {
                    indices = new int[r];
                    if (!replacement) for (int i = 0; i < r; i++) indices[i] = i;
                    return tuple();
                }
                int i = r - 1;
                while (i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r)) i--;
                if (i < 0) {
                    done = true;
                    return END;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
                return tuple();
            }

            private Object tuple() {
                Object[] t = new Object[r];
                for (int i = 0; i < r; i++) t[i] = pool.get(indices[i]);
                return Values.tuple(t);
            }
        };
    }
}
