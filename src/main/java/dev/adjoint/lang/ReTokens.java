package dev.adjoint.lang;

/**
 * The tokens of a pattern or a replacement template as CPython's re._parser.Tokenizer reads them:
 * one character, or a backslash and the character after it; positions count code points.
 */
final class ReTokens {
    private final String text;
    private final int[] cps;
    private int index;
    private String next;

    ReTokens(String text) {
        this.text = text;
        this.cps = text.codePoints().toArray();
        advance();
    }

    private void advance() {
        if (index >= cps.length) {
            next = null;
            return;
        }
        int c = cps[index];
        if (c == '\\') {
            if (index + 1 >= cps.length) throw ReModule.error("bad escape (end of pattern)", text, cps.length - 1);
            next = "\\" + Character.toString(cps[index + 1]);
            index += 2;
        } else {
            next = Character.toString(c);
            index += 1;
        }
    }

    /** The token ahead, null at the end. */
    String next() {
        return next;
    }

    static int len(String token) {
        return token.codePointCount(0, token.length());
    }

    boolean match(String c) {
        if (c.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    String get() {
        String t = next;
        advance();
        return t;
    }

    /** Whether the token ahead is one of {@code chars} (an escape never is). */
    boolean nextIn(String chars) {
        return next != null && len(next) == 1 && chars.contains(next);
    }

    String getWhile(int n, String chars) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n && nextIn(chars); i++) out.append(get());
        return out.toString();
    }

    /** The tokens up to {@code terminator} (consumed), as a name; "missing <name>" when there are none. */
    String getUntil(String terminator, String name) {
        StringBuilder result = new StringBuilder();
        while (true) {
            String c = get();
            if (c == null) {
                if (result.length() == 0) throw error("missing " + name, 0);
                throw error("missing " + terminator + ", unterminated name", len(result.toString()));
            }
            if (c.equals(terminator)) {
                if (result.length() == 0) throw error("missing " + name, 1);
                return result.toString();
            }
            result.append(c);
        }
    }

    int tell() {
        return index - (next == null ? 0 : len(next));
    }

    void seek(int at) {
        index = at;
        advance();
    }

    /** re.error at {@code offset} code points before the token ahead. */
    PyError error(String msg, int offset) {
        return ReModule.error(msg, text, tell() - offset);
    }

    void checkGroupName(String name, int offset) {
        if (!NamedTuples.isIdentifier(name)) throw error("bad character in group name " + Repr.repr(name), len(name) + offset);
    }
}
