package dev.adjoint.render;

import dev.adjoint.autograd.Op;
import java.util.Map;
import java.util.Set;

/**
 * The local derivative rules of the lecture written out, e.g. for v4 = v1 × v2 the tangent
 * v̇4 = v̇1 v2 + v̇2 v1 and the adjoint contributions v̄4 v2 (to v̄1) and v̄4 v1 (to v̄2). Each op
 * carries its own templates ({@link Op#localRule}); this class only renders them, in text, ASCII
 * or LaTeX. An op without templates still works: it is shown with the generic ∂vj/∂vi.
 *
 * <p>Template language: {@code $g} is the seed (v̇i in forward mode, v̄j in reverse mode),
 * {@code $a}/{@code $b} the op's first/second operand, {@code $o} the op's output; {@code *} is a
 * product (juxtaposition, × or ·, depending on the style), {@code -} a minus, {@code ^{..}} an
 * exponent, {@code '} a transpose, and the words cos, sin, ln, exp, sign are functions.
 */
public final class LocalRules {
    private LocalRules() {}

    /** The template of operand k's term in v̇j, or null when the op has none (shown generically). */
    public static String forward(Op op, int k) {
        return op.localRule() == null ? null : op.localRule().forward(k);
    }

    /** The template of the partial adjoint v̄j ∂vj/∂vk, or null when the op has none. */
    public static String reverse(Op op, int k) {
        return op.localRule() == null ? null : op.localRule().reverse(k);
    }

    /** How a template is written out. */
    public record Style(boolean latex, boolean ascii, String times, boolean numbers) {
        /** Unicode or ASCII text; products as juxtaposition (the lecture) or with × (Baydin's tables). */
        public static Style text(boolean ascii, boolean timesSign) {
            return new Style(false, ascii, timesSign ? ascii ? " * " : " × " : " ", false);
        }

        public static Style latex(boolean timesSign) {
            return new Style(true, false, timesSign ? " \\times " : " ", false);
        }

        /** The same style with numbers in place of names: products need a visible sign; minus stays the style's. */
        public Style numeric() {
            return new Style(latex, ascii, latex ? " \\cdot " : ascii ? " * " : " × ", true);
        }
    }

    private static final Set<String> FUNCTIONS = Set.of("cos", "sin", "ln", "exp", "sign", "tanh");

    /** Writes a template out with the given strings for $g, $a, $b and $o. */
    public static String render(String template, Map<Character, String> args, Style style) {
        StringBuilder sb = new StringBuilder();
        int i = 0, n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < n) {
                String v = args.get(template.charAt(i + 1));
                if (v == null) throw new IllegalArgumentException("no value for $" + template.charAt(i + 1) + " in " + template);
                sb.append(v);
                i += 2;
            } else if (c == '*') {
                trimEnd(sb);
                sb.append(style.times());
                i++;
                while (i < n && template.charAt(i) == ' ') i++;
            } else if (c == '-') {
                sb.append(style.latex() || style.ascii() ? "-" : "−");
                i++;
            } else if (c == '^' && i + 1 < n && template.charAt(i + 1) == '{') {
                int end = closing(template, i + 1);
                String inner = render(template.substring(i + 2, end), args, style);
                if (style.latex()) sb.append("^{").append(inner).append('}');
                else sb.append('^').append(inner.contains(" ") ? "(" + inner + ")" : inner);
                i = end + 1;
            } else if (c == '\'') {
                sb.append(style.latex() ? "^\\top" : style.ascii() ? ".T" : "ᵀ");
                i++;
            } else if (c == '@') {
                if (style.latex()) trimEnd(sb);
                sb.append(style.latex() ? "\\," : "@");
                i++;
                if (style.latex()) while (i < n && template.charAt(i) == ' ') i++;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < n && Character.isLetter(template.charAt(end))) end++;
                String word = template.substring(i, end);
                if (style.latex() && FUNCTIONS.contains(word))
                    sb.append(word.equals("sign") ? "\\operatorname{sign}" : "\\" + word);
                else sb.append(word);
                i = end;
            } else if (style.latex() && (c == '[' || c == ']')) {
                sb.append(c == '[' ? "[\\," : "\\,]");
                i++;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') depth++;
            else if (s.charAt(i) == '}' && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unclosed { in " + s);
    }
}
