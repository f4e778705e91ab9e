package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15, item 4: "did you mean" is bounded work whatever the lengths, and agrees with the full distance. */
class SuggestionsTest {
    /** The textbook full-matrix optimal string alignment distance, as the oracle. */
    static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++)
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        return d[a.length()][b.length()];
    }

    @Test
    void theBandedDistanceAgreesWithTheFullOneUpToItsLimit() {
        Random r = new Random(15);
        for (int trial = 0; trial < 5_000; trial++) {
            String a = word(r), b = r.nextInt(3) == 0 ? mutate(a, r) : word(r);
            int limit = r.nextInt(5);
            int want = Math.min(full(a, b), limit + 1), got = Math.min(Suggestions.distance(a, b, limit), limit + 1);
            assertThat(got).as("'%s' vs '%s' within %d", a, b, limit).isEqualTo(want);
        }
    }

    @Test
    void aHugeNameIsBoundedWork() {
        String huge = "x".repeat(3_000_000);
        // far longer than every candidate: nothing to compare
        assertThat(Suggestions.closest(huge, List.of("x", "exp", "sin"))).isNull();
        // as long as a candidate: only the band around the diagonal is computed (before: 9e12 cells)
        assertThat(Suggestions.closest(huge, List.of(huge.substring(1) + "y", "x".repeat(2_999_999) + "yy"))).isEqualTo(huge.substring(1) + "y");
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) sb.append((char) ('a' + r.nextInt(3)));
        return sb.toString();
    }

    private static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = r.nextInt(4); k > 0; k--) {
            int op = r.nextInt(4), at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            if (op == 0) sb.insert(at, (char) ('a' + r.nextInt(3)));
            else if (op == 1 && sb.length() > 0) sb.deleteCharAt(at);
            else if (op == 2 && sb.length() > 0) sb.setCharAt(at, (char) ('a' + r.nextInt(3)));
            else if (sb.length() > 1 && at + 1 < sb.length()) {
                char c = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(at + 1));
                sb.setCharAt(at + 1, c);
            }
        }
        return sb.toString();
    }
}
