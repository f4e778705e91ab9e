package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.ExactMath;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;

/**
 * The rounded quotient: {@code div(a, b, rounding_mode='floor'|'trunc')} (PyTorch's DivBackward2,
 * whose gradient is zero) and {@code a // b} (floor_divide, which has no derivative in PyTorch:
 * its backward fails). Floor is PyTorch's div_floor, Python's {@code //}: 1 // 0.1 is 9, not the
 * floor of the rounded 1 / 0.1; integers are divided exactly.
 */
final class DivRounded implements dev.adjoint.autograd.Op {
    static final DivRounded FLOOR = new DivRounded(true, "DivBackward2"), TRUNC = new DivRounded(false, "DivBackward2"),
            FLOOR_DIVIDE = new DivRounded(true, "NotImplemented");

    private final boolean floor;
    private final String torchName;

    private DivRounded(boolean floor, String torchName) {
        this.floor = floor;
        this.torchName = torchName;
    }

    public String name() { return floor ? "floor_divide" : "trunc_divide"; }

    public NDArray compute(NDArray[] in) {
        return in[0].zip(in[1], floor ? ExactMath::floorDivide : (x, y) -> { double q = x / y; return q < 0 ? Math.ceil(q) : Math.floor(q); });
    }

    /** Integer quotients (the divisor was checked for zero): exact, where doubles would round. */
    public NDArray computeInt64(NDArray[] in) {
        return in[0].zip(in[1], (x, y) -> {
            long a = Int64Arithmetic.bits(x), b = Int64Arithmetic.bits(y);
            return floor ? Math.floorDiv(a, b) : a / b;
        });
    }

    public Tensor[] vjp(Tensor g, Tensor out) {
        if (torchName.equals("NotImplemented")) throw new AutogradException("derivative for aten::floor_divide is not implemented");
        Tensor a = out.input(0), b = out.input(1);
        return new Tensor[] {
            a.requiresGrad() ? Tensor.constant(NDArray.zeros(a.shape())) : null,
            b.requiresGrad() ? Tensor.constant(NDArray.zeros(b.shape())) : null};
    }

    public Tensor jvp(Tensor[] t, Tensor out) {
        if (torchName.equals("NotImplemented")) throw new AutogradException("derivative for aten::floor_divide is not implemented");
        return Tensor.constant(NDArray.zeros(out.shape()));
    }

    public String torchName(Tensor out) { return torchName; }

    public String notation(String... a) { return floor ? a[0] + " // " + a[1] : "trunc(" + a[0] + " / " + a[1] + ")"; }

    public boolean broadcasts() { return true; }
}
