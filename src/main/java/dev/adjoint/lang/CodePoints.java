package dev.adjoint.lang;

/**
 * Python's str counts code points; Java's String counts UTF-16 units, two for a character above
 * U+FFFF (an emoji). Every str operation that takes or gives a position or a length converts
 * here. A string without surrogates (nearly every one) takes the fast path: its units are its
 * code points, and no conversion walks it.
 */
final class CodePoints {
    private CodePoints() {}

    /** Strings shorter than this are scanned each time; a longer one is remembered (see {@link #known}). */
    private static final int REMEMBERED = 64;

    /** What one scan of a long string found: its length and, when it has surrogate pairs, its code points. */
    private record Known(String s, int length, int[] codePoints) {}

    /**
     * The last long string scanned, so that {@code s[i]} and {@code len(s)} in a loop over a long
     * string scan it once, not once per step. A memo of a pure function, compared by identity: no
     * session can see it.
     */
    private static volatile Known last;

    private static Known known(String s) {
        Known k = last;
        if (k != null && k.s == s) return k;
        boolean simple = scan(s);
        k = new Known(s, simple ? s.length() : s.codePointCount(0, s.length()), simple ? null : s.codePoints().toArray());
        last = k;
        return k;
    }

    private static boolean scan(String s) {
        for (int i = 0, n = s.length(); i < n; i++) if (Character.isSurrogate(s.charAt(i))) return false;
        return true;
    }

    /** True when no character of s is above U+FFFF, so a unit index is a code point index. */
    static boolean simple(String s) {
        return s.length() < REMEMBERED ? scan(s) : known(s).codePoints == null;
    }

    /** len(s). */
    static int length(String s) {
        return s.length() < REMEMBERED ? s.codePointCount(0, s.length()) : known(s).length;
    }

    /** The code points of s (for a string that is not {@link #simple}). */
    static int[] array(String s) {
        int[] c = s.length() < REMEMBERED ? null : known(s).codePoints;
        return c != null ? c : s.codePoints().toArray();
    }

    /** The unit offset of code point index {@code index} (0 to len(s)); past the end gives the end. */
    static int offset(String s, int index) {
        int n = s.length(), at = 0;
        for (int k = 0; k < index && at < n; k++) at += Character.isHighSurrogate(s.charAt(at)) && at + 1 < n && Character.isLowSurrogate(s.charAt(at + 1)) ? 2 : 1;
        return at;
    }

    /** The code point index of unit offset {@code offset}. */
    static int index(String s, int offset) {
        return s.codePointCount(0, offset);
    }

    /** s[from:to] by code point indices, 0 &lt;= from &lt;= to &lt;= len(s). */
    static String substring(String s, int from, int to) {
        if (simple(s)) return s.substring(from, to);
        int start = offset(s, from);
        return s.substring(start, s.offsetByCodePoints(start, to - from));
    }

    /** True when s is one character, as ord() and a fill character require. */
    static boolean single(String s) {
        return !s.isEmpty() && s.length() <= 2 && length(s) == 1;
    }

    /** The one-character string for code point c. */
    static String of(int c) {
        return c < 0x10000 ? String.valueOf((char) c) : new String(Character.toChars(c));
    }

    /** Python's order of strings: by code point, where Java's compareTo orders by unit (U+FF01 before an emoji here, after it there). */
    static int compare(String s, String t) {
        for (int i = 0, n = Math.min(s.length(), t.length()); i < n; i++) {
            char a = s.charAt(i), b = t.charAt(i);
            if (a == b) continue;
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) return Integer.compare(s.codePointAt(i), t.codePointAt(i));
            return a - b;
        }
        return s.length() - t.length();
    }
}
