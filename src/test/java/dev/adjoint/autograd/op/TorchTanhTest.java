package dev.adjoint.autograd.op;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * tanh bit for bit as PyTorch 1.13's CPU kernel gives it. Each pair is (x, tanh x) as printed by
 * /usr/bin/python3 with torch 1.13: torch.tensor(xs, dtype=torch.float64).tanh().tolist(); the
 * first eight are inputs where Java's Math.tanh differs in the last bit.
 */
class TorchTanhTest {
    private static final double[][] TORCH = {
        {0.9056068382391222, 0.7190169881556829},
        {-0.8058664985244866, -0.6673037025407591},
        {-0.39812589802568477, -0.3783442671514596},
        {-0.4528848651449162, -0.4242674786547391},
        {0.48960098197479773, 0.4538996796987299},
        {-0.7656147436456129, -0.644372263327634},
        {-1.2013980188179059, -0.8340805340262513},
        {-1.5354209356670827, -0.9113476977912355},
        {0.8813735870195432, 0.7071067811865476}, // micrograd's video compares this one with PyTorch's
        {1e-300, 1e-300},
        {5e-324, 5e-324},
        {18.7, 0.9999999999999999},
        {19.0, 1.0},
        {-0.0, -0.0},
        {710.0, 1.0},
    };

    @Test
    void everyBitIsPyTorchs() {
        for (double[] p : TORCH)
            assertThat(Double.doubleToRawLongBits(TorchTanh.tanh(p[0]))).as("tanh(%s)", p[0]).isEqualTo(Double.doubleToRawLongBits(p[1]));
        assertThat(TorchTanh.tanh(Double.NaN)).isNaN();
        assertThat(TorchTanh.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    }

    @Test
    void theOpUsesIt() {
        assertThat(Ops.tanh(dev.adjoint.autograd.Tensor.constant(0.8813735870195432)).item()).isEqualTo(0.7071067811865476);
    }
}
