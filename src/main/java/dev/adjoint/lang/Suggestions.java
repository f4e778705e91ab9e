package dev.adjoint.lang;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** "Did you mean: 'exp'?" for a misspelt name: the closest candidate within a small edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * CPython's hint after a NameError or AttributeError, ". Did you mean: 'x'?", or "" when nothing
     * is close enough. It is no part of str() of the exception: give it to {@link PyError#withHint}.
     */
    public static String didYouMean(String name, Collection<String> candidates) {
        return didYouMean(name, List.of(candidates));
    }

    /**
     * The hint of an AttributeError: CPython 3.11 searches dir(obj), which is sorted, so of two names
     * as close, the first in sorted order wins (not the first defined).
     */
    public static String attributeHint(String name, Collection<String> attributes) {
        return didYouMean(name, new java.util.TreeSet<>(attributes));
    }

    /**
     * The same for a NameError, whose candidates CPython 3.11 tries in stages (the function's
     * local names, then the globals, then the builtins): the first stage with a close name gives it.
     */
    public static String didYouMean(String name, List<? extends Collection<String>> stages) {
        for (Collection<String> candidates : stages) {
            String best = cpythonClosest(name, candidates);
            if (best != null) return ". Did you mean: '" + best + "'?";
        }
        return "";
    }

    /** The names of CPython 3.11's builtins module, in its order (a tie between two names goes to the first). */
    static final List<String> CPYTHON_BUILTINS = List.of(("__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint "
            + "callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance "
            + "issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars None "
            + "Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter "
            + "float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip "
            + "__debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit "
            + "ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError "
            + "NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError "
            + "TypeError ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning "
            + "DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning "
            + "RuntimeWarning SyntaxWarning UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError "
            + "FileExistsError FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError "
            + "ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError "
            + "RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError "
            + "ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup "
            + "EnvironmentError IOError open quit exit copyright credits license help").split(" "));

    private static final Set<String> PYTHON_BUILTIN_SET = Set.copyOf(CPYTHON_BUILTINS);

    /** Whether CPython 3.11 has a builtin of that name (what a Python program sees without an import). */
    static boolean isPythonBuiltin(String name) {
        return PYTHON_BUILTIN_SET.contains(name);
    }

    /** Those of {@code builtins} that are CPython's. */
    static Set<String> pythonBuiltins(Set<String> builtins) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : builtins) if (PYTHON_BUILTIN_SET.contains(name)) out.add(name);
        return out;
    }

    /**
     * A NameError's last stage, the builtins: Python's that adjoint has (and the constants, which
     * are keywords to adjoint's parser) in CPython's order, then adjoint's own (ln, sin, rand, ...),
     * so that a tie goes to Python's name.
     */
    public static Collection<String> builtinStage(Set<String> builtins) {
        Set<String> stage = new LinkedHashSet<>();
        for (String name : CPYTHON_BUILTINS) if (builtins.contains(name) || KEYWORD_CONSTANTS.contains(name)) stage.add(name);
        stage.addAll(builtins);
        return stage;
    }

    private static final Set<String> KEYWORD_CONSTANTS = Set.of("None", "True", "False", "__debug__");

    /** CPython's suggestions.c: a list of this many names or more gets no suggestion. */
    private static final int MAX_CANDIDATE_ITEMS = 750;
    /** Names longer than this (in UTF-8 bytes, after their common prefix and suffix) are never close. */
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2, CASE_COST = 1;

    /**
     * The candidate CPython 3.11 suggests for {@code name} (calculate_suggestions): the first one at
     * the smallest distance, where a candidate may be at most (len(name) + len(candidate) + 3) * 2 // 6
     * from it; null for none.
     */
    static String cpythonClosest(String name, Collection<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] a = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name)) continue;
            byte[] b = c.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int max = Math.min((a.length + b.length + 3) * MOVE_COST / 6, bestDistance - 1); // no match worse than one found
            int d = levenshtein(a, b, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * CPython's levenshtein_distance: insertions and deletions cost 2, a substitution 2, or 1 when
     * the two differ in case only; any value over {@code max} once the distance is known to exceed it.
     */
    private static int levenshtein(byte[] a, byte[] b, int max) {
        int from = 0, aEnd = a.length, bEnd = b.length;
        while (from < aEnd && from < bEnd && a[from] == b[from]) from++; // the common prefix
        while (aEnd > from && bEnd > from && a[aEnd - 1] == b[bEnd - 1]) { // and suffix cost nothing
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - from, bSize = bEnd - from;
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return max + 1;
        byte[] shorter = a, longer = b;
        int sFrom = from, lFrom = from;
        if (bSize < aSize) {
            shorter = b;
            longer = a;
            int t = aSize;
            aSize = bSize;
            bSize = t;
        }
        if ((bSize - aSize) * MOVE_COST > max) return max + 1;
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int j = 0; j < bSize; j++) {
            byte code = longer[lFrom + j];
            int distance = result = j * MOVE_COST, minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, shorter[sFrom + i]);
                distance = row[i];
                result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }

    /** 0 for the same byte, 1 for the same ASCII letter in another case, else 2 (CPython compares the low five bits first). */
    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        return Character.toLowerCase((char) (a & 0xff)) == Character.toLowerCase((char) (b & 0xff)) && a > 0 && b > 0 ? CASE_COST : MOVE_COST;
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
