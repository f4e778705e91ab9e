package dev.adjoint.autograd.op;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.function.DoubleBinaryOperator;

/**
 * Elementwise comparisons and logic (eq, lt, ..., logical_and, ...): boolean results, so never
 * part of a graph and without derivatives.
 */
public final class Compare implements Op {
    private final String name, symbol;
    private final DoubleBinaryOperator test;

    private Compare(String name, String symbol, DoubleBinaryOperator test) {
        this.name = name;
        this.symbol = symbol;
        this.test = test;
    }

    static final Compare EQ = new Compare("eq", "==", (a, b) -> a == b ? 1 : 0);
    static final Compare NE = new Compare("ne", "!=", (a, b) -> a != b ? 1 : 0);
    static final Compare LT = new Compare("lt", "<", (a, b) -> a < b ? 1 : 0);
    static final Compare LE = new Compare("le", "<=", (a, b) -> a <= b ? 1 : 0);
    static final Compare GT = new Compare("gt", ">", (a, b) -> a > b ? 1 : 0);
    static final Compare GE = new Compare("ge", ">=", (a, b) -> a >= b ? 1 : 0);
    static final Compare AND = new Compare("logical_and", "and", (a, b) -> a != 0 && b != 0 ? 1 : 0);
    static final Compare OR = new Compare("logical_or", "or", (a, b) -> a != 0 || b != 0 ? 1 : 0);
    static final Compare XOR = new Compare("logical_xor", "xor", (a, b) -> (a != 0) != (b != 0) ? 1 : 0);

    public String name() { return name; }

    public NDArray compute(NDArray[] in) { return in[0].zip(in[1], test); }

    public Tensor[] vjp(Tensor g, Tensor out) { throw new IllegalStateException(name + " has no derivative"); }

    public Tensor jvp(Tensor[] t, Tensor out) { throw new IllegalStateException(name + " has no derivative"); }

    public DType dtype(Tensor[] in) { return DType.BOOL; }

    public String notation(String... a) { return a[0] + " " + symbol + " " + a[1]; }
}
