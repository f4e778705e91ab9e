package dev.adjoint.autograd;

/**
 * An elementwise op's arithmetic on plain numbers: the engine's fast path for 0-d float64
 * operands, the lecture's scalar graphs ({@code x = x*a + sin(x)*b} a million times). There a
 * node's value is a {@code double} held in the {@link Tensor} itself, the forward step computes
 * it with {@link #value} instead of {@link Op#compute} (no array is made), and a reverse pass
 * that records no graph keeps 0-d adjoints as doubles and calls {@link #adjoint} instead of
 * {@link Op#vjp} (no tensor is made).
 *
 * <p>Both methods must do exactly what {@code compute} and {@code vjp} do on 0-d arrays,
 * operation for operation in the same order, so that the two paths give the same bits
 * (ScalarRuleTest compares them for every op that has a rule). Ops of one or two operands only;
 * a unary op ignores {@code b}.
 */
public interface ScalarRule {
    /** The result for operands {@code a} and {@code b}. */
    double value(double a, double b);

    /**
     * Input {@code i}'s share of the adjoint: what {@code vjp} gives that input when the result,
     * worth {@code y}, has adjoint {@code g}.
     */
    double adjoint(int i, double g, double a, double b, double y);
}
