package dev.adjoint.autograd.op;

import dev.adjoint.autograd.Tensor;

/**
 * ψ⁽ⁿ⁾(x), the n-th derivative of digamma ψ = (ln Γ)′ (n = 0 is digamma itself); its derivative
 * is the next one, ψ⁽ⁿ⁺¹⁾, so every order can be differentiated again.
 */
final class Polygamma extends PointwiseFunction {
    static final Polygamma DIGAMMA = new Polygamma(0);

    private final int n;

    private Polygamma(int n) { this.n = n; }

    static Polygamma of(int n) { return n == 0 ? DIGAMMA : new Polygamma(n); }

    public String name() { return n == 0 ? "digamma" : "polygamma"; }

    double value(double x) { return SpecialFunctions.polygamma(n, x); }

    Tensor gradient(Tensor g, Tensor x, Tensor y) { return Ops.mul(g, Ops.polygamma(n + 1, x)); }

    public String notation(String... a) { return n == 0 ? "digamma " + a[0] : "polygamma(" + n + ", " + a[0] + ")"; }
}
