package dev.adjoint.render;

import java.util.Map;
import java.util.Set;

/**
 * The local derivative rule of each op as the lecture writes it, e.g. for v4 = v1 × v2 the tangent
 * v̇4 = v̇1 v2 + v̇2 v1 and the adjoint contributions v̄4 v2 (to v̄1) and v̄4 v1 (to v̄2).
 *
 * <p>Why a table here and not a method on {@link dev.adjoint.autograd.Op}: these strings are only
 * display. The derivative math lives once, in each op's {@code vjp}/{@code jvp}, and every number
 * the derivations print comes from there; this table only names the rule, like
 * {@code Op.notation} names the op. Putting LaTeX and the lecture's spacing into the engine would
 * make the engine print, and an op without an entry here still works (it is shown with the
 * generic ∂vj/∂vi). A test evaluates every template and compares it with the op's own jvp, so the
 * names cannot drift from the math.
 *
 * <p>Template language: {@code $g} is the seed (v̇i in forward mode, v̄j in reverse mode),
 * {@code $a}/{@code $b} the op's first/second operand, {@code $o} the op's output; {@code *} is a
 * product (juxtaposition, × or ·, depending on the style), {@code -} a minus, {@code ^{..}} an
 * exponent, {@code '} a transpose, and the words cos, sin, ln, exp, sign are functions.
 */
public final class LocalRules {
    private LocalRules() {}

    /** Ops whose rule is the same in forward and reverse mode (all scalar ops): one template per operand. */
    private static final Map<String, String[]> SCALAR = Map.ofEntries(
            Map.entry("add", new String[] {"$g", "$g"}),
            Map.entry("sub", new String[] {"$g", "-$g"}),
            Map.entry("mul", new String[] {"$g * $b", "$g * $a"}),
            Map.entry("div", new String[] {"$g / $b", "-$g * $a / $b^{2}"}),
            Map.entry("neg", new String[] {"-$g"}),
            Map.entry("ln", new String[] {"$g / $a"}),
            Map.entry("exp", new String[] {"$g * exp $a"}),
            Map.entry("sin", new String[] {"$g * cos $a"}),
            Map.entry("cos", new String[] {"-$g * sin $a"}),
            Map.entry("tanh", new String[] {"$g * (1 - $o^{2})"}),
            Map.entry("sigmoid", new String[] {"$g * $o * (1 - $o)"}),
            Map.entry("relu", new String[] {"$g * [$a > 0]"}),
            Map.entry("sqrt", new String[] {"$g / (2 * $o)"}),
            Map.entry("abs", new String[] {"$g * sign $a"}),
            Map.entry("pow", new String[] {"$g * $b * $a^{$b - 1}", "$g * $o * ln $a"}));

    /** Matrix products: the order of the factors and the transposes differ between the modes. */
    private static final Map<String, String[]> FORWARD = Map.of("matmul", new String[] {"$g @ $b", "$a @ $g"});
    private static final Map<String, String[]> REVERSE = Map.of("matmul", new String[] {"$g @ $b'", "$a' @ $g"});

    /** Linear one-operand ops: the tangent is the op applied to the operand's tangent. */
    private static final Set<String> LINEAR = Set.of("sum", "reshape", "broadcast_to", "permute", "getitem");

    /** The template of operand k's term in v̇j, or null when the op has none (shown generically). */
    public static String forward(String op, int k) {
        return pick(FORWARD.getOrDefault(op, SCALAR.get(op)), k);
    }

    /** The template of the partial adjoint v̄j ∂vj/∂vk, or null when the op has none. */
    public static String reverse(String op, int k) {
        return pick(REVERSE.getOrDefault(op, SCALAR.get(op)), k);
    }

    public static boolean isLinear(String op) {
        return LINEAR.contains(op);
    }

    /** The ops that have templates, for tests. */
    public static Set<String> scalarOps() {
        return SCALAR.keySet();
    }

    private static String pick(String[] templates, int k) {
        return templates != null && k < templates.length ? templates[k] : null;
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

        /** The same style with numbers in place of names: products need a visible sign, minus is the numbers' "-". */
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
                sb.append(style.latex() || style.ascii() || style.numbers() ? "-" : "−");
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
