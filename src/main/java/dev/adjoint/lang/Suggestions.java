package dev.adjoint.lang;

import java.util.Collection;

/** "Did you mean: 'exp'?" for a misspelt name: the closest candidate within a small edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * CPython's hint after a NameError or AttributeError, ". Did you mean: 'x'?", or "" when nothing
     * is close enough. It is no part of str() of the exception: give it to {@link PyError#withHint}.
     */
    public static String didYouMean(String name, Collection<String> candidates) {
        String best = closest(name, candidates);
        return best == null ? "" : ". Did you mean: '" + best + "'?";
    }

    /**
     * The closest candidate within a small edit distance (1 for short names, up to 3), or null.
     * Bounded work whatever the lengths (a 3-million-character name, say): a candidate whose
     * length differs by more than the limit cannot be close, and the distance is computed only
     * in the band of the limit around the diagonal, stopping once every cell is over it.
     */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = name.length() <= 3 ? 1 : name.length() <= 6 ? 2 : 3;
        for (String c : candidates) {
            if (Math.abs(c.length() - name.length()) > limit || c.equals(name)) continue;
            int d = c.equalsIgnoreCase(name) ? 0 : distance(name, c, limit);
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Damerau–Levenshtein (optimal string alignment) distance. */
    static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /** The same, or any value over {@code limit} once the distance is known to exceed it; O(length × limit). */
    static int distance(String a, String b, int limit) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > limit) return limit + 1;
        int big = limit + 1;
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= limit ? j : big;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit), to = Math.min(m, i + limit);
            cur[0] = i <= limit ? i : big;
            if (from > 1) cur[from - 1] = big; // left of the band (the arrays are reused: no stale cells)
            if (to < m) cur[to + 1] = big; // right of it, read by the next row
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d = Math.min(d, prev2[j - 2] + 1);
                cur[j] = Math.min(d, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return big;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], big);
    }
}
