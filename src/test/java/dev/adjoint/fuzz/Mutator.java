package dev.adjoint.fuzz;

import dev.adjoint.lang.Lexer;
import dev.adjoint.lang.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns valid inputs into near-valid ones (one token dropped, duplicated, swapped with another
 * or replaced) and makes invalid ones from scratch: random bytes decoded as UTF-8, random
 * characters from a palette of troublemakers (control characters, non-ASCII letters and digits,
 * lone surrogates, BOMs, direction marks), and soups of the language's tokens.
 */
final class Mutator {
    private static final String[] TROUBLE = {"\u0000", "\t", "\r", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029",
        "\ufeff", "\u202e", "\u200b", "\ud800", "\udfff", "\ud83d\ude00", "\u0301", "é", "λ", "∂", "中", "１", "٣", "Ⅻ", "ß",
        "\ufffd", "\\", "\"", "'", "`", "$", "?", "!", "&", "|", "~", "{", "}", "#", "\n", "\n    ", "    ", ":", "\u000b", "\f"};
    private static final String[] SOUP = {"x", "y", "1", "2.5", "-", "+", "*", "/", "//", "%", "@", "**", "^", "(", ")", "[", "]",
        ",", ":", ".", "=", "==", "<", "and", "or", "not", "if", "elif", "else", "for", "in", "range(3)", "while", "def", "f", "return",
        "\n", "\n    ", "sum", "grad", "x.grad", ".T", "[0]", "[1:]", "'s'", "None", "True", ";", "+=", "with", "no_grad()", "break",
        "pass", "zeros(2)", "x.backward()", "lambda", "import", "1e", "0x1", "..", "**=", "->", "v", "W", ":trace", ":grad", "--format"};

    private final SplittableRandom rnd;

    Mutator(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** One token of {@code valid} dropped, duplicated, swapped with another, or replaced by a troublemaker. */
    String nearValid(String valid) {
        List<int[]> spans = tokenSpans(valid);
        if (spans.isEmpty()) return valid + TROUBLE[rnd.nextInt(TROUBLE.length)];
        int[] t = spans.get(rnd.nextInt(spans.size()));
        String text = valid.substring(t[0], t[1]);
        return switch (rnd.nextInt(5)) {
            case 0 -> valid.substring(0, t[0]) + valid.substring(t[1]); // drop
            case 1 -> valid.substring(0, t[1]) + (rnd.nextBoolean() ? " " : "") + text + valid.substring(t[1]); // duplicate
            case 2 -> { // swap with another token
                int[] u = spans.get(rnd.nextInt(spans.size()));
                if (u == t) yield valid;
                int[] first = u[0] < t[0] ? u : t, second = u[0] < t[0] ? t : u;
                if (first[1] > second[0]) yield valid;
                yield valid.substring(0, first[0]) + valid.substring(second[0], second[1]) + valid.substring(first[1], second[0])
                        + valid.substring(first[0], first[1]) + valid.substring(second[1]);
            }
            case 3 -> valid.substring(0, t[0]) + SOUP[rnd.nextInt(SOUP.length)] + valid.substring(t[1]); // replace
            default -> { // insert a troublemaker somewhere
                int at = rnd.nextInt(valid.length() + 1);
                yield valid.substring(0, at) + TROUBLE[rnd.nextInt(TROUBLE.length)] + valid.substring(at);
            }
        };
    }

    /** Start and end offsets of the tokens of a statement (the lexer's), or of the words of a :command. */
    private static List<int[]> tokenSpans(String s) {
        List<int[]> out = new ArrayList<>();
        if (s.stripLeading().startsWith(":")) {
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && s.charAt(i) == ' ') i++;
                int j = i;
                while (j < s.length() && s.charAt(j) != ' ') j++;
                if (j > i) out.add(new int[] {i, j});
                i = j;
            }
            return out;
        }
        for (Token t : Lexer.scanForHighlighting(s)) {
            int from = t.span().offset(), to = t.span().end();
            if (to > from && from >= 0 && to <= s.length()) out.add(new int[] {from, to});
        }
        return out;
    }

    /** Random bytes (any of 256) read as UTF-8, as a terminal or a pipe would hand them over. */
    String randomBytes() {
        byte[] b = new byte[rnd.nextInt(48)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (rnd.nextBoolean() ? rnd.nextInt(256) : 32 + rnd.nextInt(95));
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Language tokens mixed with control characters, non-ASCII letters and digits, lone surrogates. */
    String randomChars() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(24); i < n; i++) {
            int r = rnd.nextInt(10);
            if (r < 4) sb.append(TROUBLE[rnd.nextInt(TROUBLE.length)]);
            else if (r < 8) sb.append(SOUP[rnd.nextInt(SOUP.length)]);
            else sb.appendCodePoint(rnd.nextInt(0x3000));
            if (rnd.nextBoolean()) sb.append(' ');
        }
        return sb.toString();
    }

    /** A random soup of the language's tokens (the old robustness test, widened). */
    String tokenSoup() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + rnd.nextInt(14); i < n; i++) sb.append(SOUP[rnd.nextInt(SOUP.length)]).append(rnd.nextBoolean() ? " " : "");
        return sb.toString();
    }
}
