package dev.adjoint.autograd;

/**
 * How the lecture writes an op's local derivative rule, one template per operand: the term it
 * adds to the tangent (forward mode) and the partial adjoint it sends back (reverse mode), e.g.
 * for a × b the tangent terms "$g * $b", "$g * $a". Display only: the math is the op's jvp and
 * vjp, and a test evaluates every template against them. The template language ($g the seed,
 * $a/$b the operands, $o the output, * a product, ^{..} a power, ' a transpose) is written out by
 * {@code dev.adjoint.render.LocalRules}.
 */
public record LocalRule(String[] forward, String[] reverse) {
    /** The same rule in both modes (every elementwise op): one template per operand. */
    public static LocalRule same(String... perOperand) {
        return new LocalRule(perOperand, perOperand);
    }

    /** Different templates per mode (matrix products: the factors' order and transposes differ). */
    public static LocalRule of(String[] forward, String[] reverse) {
        return new LocalRule(forward, reverse);
    }

    /** Operand k's tangent term, or null. */
    public String forward(int k) {
        return k < forward.length ? forward[k] : null;
    }

    /** Operand k's partial adjoint, or null. */
    public String reverse(int k) {
        return k < reverse.length ? reverse[k] : null;
    }
}
