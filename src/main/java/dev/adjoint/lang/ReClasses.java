package dev.adjoint.lang;

/**
 * Python's character categories written as Java regex classes. A str pattern's \w is
 * str.isalnum() or "_" (letters and numbers), \d is the decimal digits (Nd), \s is str.isspace();
 * under re.ASCII they are [a-zA-Z0-9_], [0-9] and [ \t\n\r\f\v]. Java's own \w \s \b are not used:
 * without UNICODE_CHARACTER_CLASS they are ASCII, with it they count marks and other connector
 * punctuation as word characters and differ from Python's \s.
 */
final class ReClasses {
    private ReClasses() {}

    private static final String WORD = "\\p{L}\\p{N}_", DIGIT = "\\p{Nd}";
    private static final String SPACE = "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
    private static final String ASCII_WORD = "a-zA-Z0-9_", ASCII_DIGIT = "0-9", ASCII_SPACE = " \\t\\n\\r\\f\\x{b}";

    /** One code point as a Java pattern atom: ASCII letters and digits as themselves, all else escaped. */
    static String literal(int c) {
        return c < 128 && Character.isLetterOrDigit(c) ? Character.toString(c) : "\\x{" + Integer.toHexString(c) + "}";
    }

    /** For each lower-case code point, the others whose lower case it is (Python's case-insensitive equals). */
    private static java.util.Map<Integer, StringBuilder> lowerOf;

    /**
     * A code point under re.IGNORECASE of a str pattern: Python matches every character with the
     * same lower case; Java, for a character whose upper case is itself (ß), only that character,
     * so the others are listed.
     */
    static String literalIgnoringCase(int c) {
        int lower = Character.toLowerCase(c);
        if (Character.toUpperCase(c) != c || c != lower) return literal(c);
        StringBuilder others = lowerOfTable().get(lower);
        return others == null ? literal(c) : "[" + literal(c) + others + "]";
    }

    private static synchronized java.util.Map<Integer, StringBuilder> lowerOfTable() {
        if (lowerOf == null) {
            lowerOf = new java.util.HashMap<>();
            for (int x = 0; x <= Character.MAX_CODE_POINT; x++) {
                int lower = Character.toLowerCase(x);
                if (lower != x) lowerOf.computeIfAbsent(lower, k -> new StringBuilder()).append(literal(x));
            }
        }
        return lowerOf;
    }

    /** The members of \d \w \s (lower case) without brackets, for inside a class. */
    private static String members(char c, boolean ascii) {
        return switch (Character.toLowerCase(c)) {
            case 'd' -> ascii ? ASCII_DIGIT : DIGIT;
            case 'w' -> ascii ? ASCII_WORD : WORD;
            default -> ascii ? ASCII_SPACE : SPACE;
        };
    }

    /** \d \D \s \S \w \W inside a class: the members, or a nested negated class (Java unions nested classes). */
    static String categoryBody(char c, boolean ascii) {
        return Character.isUpperCase(c) ? "[^" + members(c, ascii) + "]" : members(c, ascii);
    }

    /** \d \D \s \S \w \W as a class of their own. */
    static String category(char c, boolean ascii) {
        return "[" + (Character.isUpperCase(c) ? "^" : "") + members(c, ascii) + "]";
    }

    /** \b (or \B): word and non-word on either side by Python's \w; neither matches in an empty string. */
    static String boundary(boolean ascii, boolean at) {
        String w = category('w', ascii);
        if (at) return "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
        return "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")(?!\\A\\z))";
    }
}
