package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CPython's difflib.ndiff, as unittest's assertEqual shows two lists, dicts or strings that differ:
 * the lines of each ("- " only in the first, "+ " only in the second, "  " in both), and under a
 * pair of similar lines "? " lines marking the characters that differ (^ changed, - deleted,
 * + inserted). The same SequenceMatcher (longest matching blocks, junk and popular elements) and
 * Differ (the most similar pair of lines above a ratio of 0.75), so the text is CPython's.
 */
final class Difflib {
    private Difflib() {}

    /** ndiff(a, b) with no line junk and IS_CHARACTER_JUNK (a space or a tab). */
    static List<String> ndiff(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int[] op : new SequenceMatcher(null, a, b).opcodes()) {
            switch (op[0]) {
                case REPLACE -> fancyReplace(a, op[1], op[2], b, op[3], op[4], out);
                case DELETE -> dump("-", a, op[1], op[2], out);
                case INSERT -> dump("+", b, op[3], op[4], out);
                default -> dump(" ", a, op[1], op[2], out);
            }
        }
        return out;
    }

    private static final int EQUAL = 0, REPLACE = 1, DELETE = 2, INSERT = 3;
    private static final Predicate<String> CHARACTER_JUNK = c -> c.equals(" ") || c.equals("\t");

    private static void dump(String tag, List<String> x, int lo, int hi, List<String> out) {
        for (int i = lo; i < hi; i++) out.add(tag + " " + x.get(i));
    }

    private static void plainReplace(List<String> a, int alo, int ahi, List<String> b, int blo, int bhi, List<String> out) {
        if (bhi - blo < ahi - alo) {
            dump("+", b, blo, bhi, out);
            dump("-", a, alo, ahi, out);
        } else {
            dump("-", a, alo, ahi, out);
            dump("+", b, blo, bhi, out);
        }
    }

    /** Differ._fancy_replace: the most similar pair of lines is shown with "? " marks, the lines around it compared the same way. */
    private static void fancyReplace(List<String> a, int alo, int ahi, List<String> b, int blo, int bhi, List<String> out) {
        double bestRatio = 0.74, cutoff = 0.75;
        int bestI = -1, bestJ = -1, eqi = -1, eqj = -1;
        for (int j = blo; j < bhi; j++) {
            List<String> bj = characters(b.get(j));
            for (int i = alo; i < ahi; i++) {
                if (a.get(i).equals(b.get(j))) {
                    if (eqi < 0) {
                        eqi = i;
                        eqj = j;
                    }
                    continue;
                }
                SequenceMatcher cruncher = new SequenceMatcher(CHARACTER_JUNK, characters(a.get(i)), bj);
                if (cruncher.realQuickRatio() > bestRatio && cruncher.quickRatio() > bestRatio && cruncher.ratio() > bestRatio) {
                    bestRatio = cruncher.ratio();
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (bestRatio < cutoff) {
            if (eqi < 0) {
                plainReplace(a, alo, ahi, b, blo, bhi, out);
                return;
            }
            bestI = eqi;
            bestJ = eqj;
        } else {
            eqi = -1;
        }
        fancyHelper(a, alo, bestI, b, blo, bestJ, out);
        String aelt = a.get(bestI), belt = b.get(bestJ);
        if (eqi < 0) {
            StringBuilder atags = new StringBuilder(), btags = new StringBuilder();
            for (int[] op : new SequenceMatcher(CHARACTER_JUNK, characters(aelt), characters(belt)).opcodes()) {
                int la = op[2] - op[1], lb = op[4] - op[3];
                switch (op[0]) {
                    case REPLACE -> {
                        atags.append("^".repeat(la));
                        btags.append("^".repeat(lb));
                    }
                    case DELETE -> atags.append("-".repeat(la));
                    case INSERT -> btags.append("+".repeat(lb));
                    default -> {
                        atags.append(" ".repeat(la));
                        btags.append(" ".repeat(lb));
                    }
                }
            }
            qformat(aelt, belt, atags.toString(), btags.toString(), out);
        } else {
            out.add("  " + aelt);
        }
        fancyHelper(a, bestI + 1, ahi, b, bestJ + 1, bhi, out);
    }

    private static void fancyHelper(List<String> a, int alo, int ahi, List<String> b, int blo, int bhi, List<String> out) {
        if (alo < ahi) {
            if (blo < bhi) fancyReplace(a, alo, ahi, b, blo, bhi, out);
            else dump("-", a, alo, ahi, out);
        } else if (blo < bhi) {
            dump("+", b, blo, bhi, out);
        }
    }

    private static void qformat(String aline, String bline, String atags, String btags, List<String> out) {
        String at = keepOriginalWhitespace(aline, atags).stripTrailing(), bt = keepOriginalWhitespace(bline, btags).stripTrailing();
        out.add("- " + aline);
        if (!at.isEmpty()) out.add("? " + at + "\n");
        out.add("+ " + bline);
        if (!bt.isEmpty()) out.add("? " + bt + "\n");
    }

    /** The marks, but a tab (or other white space) of the line kept where it is unmarked, so the marks line up under it. */
    private static String keepOriginalWhitespace(String line, String tags) {
        List<String> chars = characters(line), marks = characters(tags);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(chars.size(), marks.size()); i++)
            sb.append(marks.get(i).equals(" ") && isSpace(chars.get(i).codePointAt(0)) ? chars.get(i) : marks.get(i));
        return sb.toString();
    }

    /** str.isspace() of one character. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A string's characters (code points), each a string, as Python iterates a str. */
    private static List<String> characters(String s) {
        List<String> out = new ArrayList<>(s.length());
        s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    /** difflib.SequenceMatcher over strings (lines, or a line's characters): matching blocks, opcodes and ratios. */
    private static final class SequenceMatcher {
        private final List<String> a, b;
        private final Map<String, List<Integer>> b2j = new HashMap<>();
        private final Set<String> junk = new HashSet<>();
        private List<int[]> blocks;

        SequenceMatcher(Predicate<String> isJunk, List<String> a, List<String> b) {
            this.a = a;
            this.b = b;
            for (int i = 0; i < b.size(); i++) b2j.computeIfAbsent(b.get(i), k -> new ArrayList<>()).add(i);
            if (isJunk != null) for (String elt : b2j.keySet()) if (isJunk.test(elt)) junk.add(elt);
            b2j.keySet().removeAll(junk);
            if (b.size() >= 200) { // autojunk: elements in more than 1% of b are not matched on
                int ntest = b.size() / 100 + 1;
                b2j.values().removeIf(indices -> indices.size() > ntest);
            }
        }

        private int[] longestMatch(int alo, int ahi, int blo, int bhi) {
            int besti = alo, bestj = blo, bestsize = 0;
            Map<Integer, Integer> j2len = new HashMap<>();
            for (int i = alo; i < ahi; i++) {
                Map<Integer, Integer> newj2len = new HashMap<>();
                for (int j : b2j.getOrDefault(a.get(i), List.of())) {
                    if (j < blo) continue;
                    if (j >= bhi) break;
                    int k = j2len.getOrDefault(j - 1, 0) + 1;
                    newj2len.put(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
                j2len = newj2len;
            }
            while (besti > alo && bestj > blo && !junk.contains(b.get(bestj - 1)) && a.get(besti - 1).equals(b.get(bestj - 1))) {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && !junk.contains(b.get(bestj + bestsize)) && a.get(besti + bestsize).equals(b.get(bestj + bestsize)))
                bestsize++;
            while (besti > alo && bestj > blo && junk.contains(b.get(bestj - 1)) && a.get(besti - 1).equals(b.get(bestj - 1))) {
                besti--;
                bestj--;
                bestsize++;
            }
            while (besti + bestsize < ahi && bestj + bestsize < bhi && junk.contains(b.get(bestj + bestsize)) && a.get(besti + bestsize).equals(b.get(bestj + bestsize)))
                bestsize++;
            return new int[] {besti, bestj, bestsize};
        }

        List<int[]> matchingBlocks() {
            if (blocks != null) return blocks;
            List<int[]> found = new ArrayList<>();
            List<int[]> queue = new ArrayList<>(List.of(new int[] {0, a.size(), 0, b.size()}));
            while (!queue.isEmpty()) {
                int[] q = queue.remove(queue.size() - 1);
                int[] x = longestMatch(q[0], q[1], q[2], q[3]);
                int i = x[0], j = x[1], k = x[2];
                if (k > 0) {
                    found.add(x);
                    if (q[0] < i && q[2] < j) queue.add(new int[] {q[0], i, q[2], j});
                    if (i + k < q[1] && j + k < q[3]) queue.add(new int[] {i + k, q[1], j + k, q[3]});
                }
            }
            found.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
            List<int[]> collapsed = new ArrayList<>();
            int i1 = 0, j1 = 0, k1 = 0;
            for (int[] m : found) {
                if (i1 + k1 == m[0] && j1 + k1 == m[1]) {
                    k1 += m[2];
                } else {
                    if (k1 > 0) collapsed.add(new int[] {i1, j1, k1});
                    i1 = m[0];
                    j1 = m[1];
                    k1 = m[2];
                }
            }
            if (k1 > 0) collapsed.add(new int[] {i1, j1, k1});
            collapsed.add(new int[] {a.size(), b.size(), 0});
            return blocks = collapsed;
        }

        /** (tag, i1, i2, j1, j2) of each step turning a into b. */
        List<int[]> opcodes() {
            List<int[]> answer = new ArrayList<>();
            int i = 0, j = 0;
            for (int[] m : matchingBlocks()) {
                int ai = m[0], bj = m[1], size = m[2];
                int tag = i < ai && j < bj ? REPLACE : i < ai ? DELETE : j < bj ? INSERT : -1;
                if (tag >= 0) answer.add(new int[] {tag, i, ai, j, bj});
                i = ai + size;
                j = bj + size;
                if (size > 0) answer.add(new int[] {EQUAL, ai, i, bj, j});
            }
            return answer;
        }

        double ratio() {
            int matches = 0;
            for (int[] m : matchingBlocks()) matches += m[2];
            return ratio(matches);
        }

        double quickRatio() {
            Map<String, Integer> full = new HashMap<>(), avail = new HashMap<>();
            for (String elt : b) full.merge(elt, 1, Integer::sum);
            int matches = 0;
            for (String elt : a) {
                int numb = avail.containsKey(elt) ? avail.get(elt) : full.getOrDefault(elt, 0);
                avail.put(elt, numb - 1);
                if (numb > 0) matches++;
            }
            return ratio(matches);
        }

        double realQuickRatio() {
            return ratio(Math.min(a.size(), b.size()));
        }

        private double ratio(int matches) {
            int length = a.size() + b.size();
            return length == 0 ? 1.0 : 2.0 * matches / length;
        }
    }
}
