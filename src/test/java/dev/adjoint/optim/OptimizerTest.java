package dev.adjoint.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * SGD and Adam against PyTorch 1.13 (float64) on f(p) = Σ c·p³/3 + Σ c·p from p = (1, −2, 0.5),
 * c = (3, 0.5, −1), three steps of zero_grad / backward / step; needle's momentum form against
 * its formula.
 */
class OptimizerTest {
    private static final NDArray C = NDArray.vector(3, 0.5, -1);

    private static Tensor loss(Tensor p) {
        Tensor c = Tensor.constant(C);
        return Ops.add(Ops.div(Ops.sum(Ops.mul(Ops.mul(Ops.mul(p, p), p), c)), Ops.scalar(3)), Ops.sum(Ops.mul(p, c)));
    }

    static double[] run(Function<List<Tensor>, Optimizer> make, int steps) {
        Tensor p = Tensor.leaf(NDArray.vector(1, -2, 0.5), true);
        Optimizer opt = make.apply(List.of(p));
        for (int i = 0; i < steps; i++) {
            opt.zeroGrad();
            loss(p).backward();
            opt.step();
        }
        return p.value().toArray();
    }

    static void assertClose(double[] got, double... want) {
        assertThat(got).hasSize(want.length);
        for (int i = 0; i < want.length; i++) assertThat(got[i]).as("element %d", i).isCloseTo(want[i], within(1e-12));
    }

    @Test
    void sgdWithPytorchMomentumAndWeightDecayMatchesPytorch() {
        assertClose(run(ps -> new SGD(ps, 0.1, 0.9, 0.1, SGD.Form.PYTORCH), 3), -1.6897025282700002, -3.53933410445125, 1.24185488576);
    }

    @Test
    void sgdNeedleMomentumIsAnAverageOfGradients() {
        double[] p = {1, -2, 0.5}, u = new double[3], c = C.toArray();
        double lr = 0.1, beta = 0.9, wd = 0.1;
        for (int s = 0; s < 3; s++)
            for (int i = 0; i < 3; i++) {
                double g = c[i] * p[i] * p[i] + c[i] + wd * p[i];
                u[i] = beta * u[i] + (1 - beta) * g;
                p[i] -= lr * u[i];
            }
        assertClose(run(ps -> new SGD(ps, lr, beta, wd), 3), p);
        assertThat(new SGD(List.of(), 0.1, 0.9, 0).form()).isEqualTo(SGD.Form.NEEDLE);
        assertThat(SGD.Form.parse("PyTorch")).isEqualTo(SGD.Form.PYTORCH);
        assertThatThrownBy(() -> SGD.Form.parse("nesterov")).hasMessageContaining("\"needle\" or \"pytorch\"");
    }

    @Test
    void plainSgdIsPMinusLrTimesGrad() {
        double[] p = {1, -2, 0.5}, c = C.toArray();
        for (int i = 0; i < 3; i++) p[i] = p[i] - 0.1 * (c[i] * p[i] * p[i] + c[i]);
        assertThat(run(ps -> new SGD(ps, 0.1), 1)).containsExactly(p);
    }

    @Test
    void adamMatchesPytorch() {
        assertClose(run(ps -> new Adam(ps, 0.01, 0.9, 0.999, 1e-8, 0.1), 3), 0.9700100082268086, -2.030007558769363, 0.5300069896297939);
        assertClose(run(ps -> new Adam(ps, 0.05, 0.8, 0.99, 1e-6, 0), 3), 0.8505397383800892, -2.150347051976856, 0.6503662515720213);
    }

    @Test
    void stepNeverWritesIntoOldArrays() {
        Tensor p = Tensor.leaf(NDArray.vector(1, -2, 0.5), true);
        loss(p).backward();
        NDArray oldValue = p.value(), oldGrad = p.grad().value();
        double[] v0 = oldValue.toArray(), g0 = oldGrad.toArray();
        for (Optimizer opt : List.of(new SGD(List.of(p), 0.1, 0.5, 0.1), new Adam(List.of(p)))) {
            opt.step();
            assertThat(p.value()).isNotSameAs(oldValue);
            assertThat(oldValue.toArray()).containsExactly(v0);
            assertThat(oldGrad.toArray()).containsExactly(g0);
        }
    }

    @Test
    void resetGradForgetsAndStepSkipsParametersWithoutGrad() {
        Tensor a = Tensor.leaf(NDArray.vector(1, 2), true), b = Tensor.leaf(NDArray.vector(3), true);
        Ops.sum(Ops.mul(a, a)).backward();
        SGD opt = new SGD(List.of(a, b), 0.5);
        opt.step();
        assertThat(a.value().toArray()).containsExactly(0, 0);
        assertThat(b.value().toArray()).containsExactly(3);
        opt.resetGrad();
        assertThat(a.grad()).isNull();
        assertThatThrownBy(() -> new SGD(List.of(Ops.mul(a, a)), 0.1)).hasMessageContaining("can't optimize a non-leaf Tensor");
        Tensor frozen = Tensor.constant(1); // a leaf that does not require grad is kept, as PyTorch keeps it, and skipped while its grad is None
        new SGD(List.of(frozen), 0.1).step();
        assertThat(frozen.value().item()).isEqualTo(1);
        assertThatThrownBy(() -> new Adam(List.of(a), 0.1, 1.0, 0.999, 1e-8, 0)).hasMessageContaining("beta1");
    }

    // torch.optim's SGD and Adam: PyTorch 1.13 float64's results (the gradients may differ in the last bit: another summation order)

    @Test
    void torchSgdMatchesPytorchInEveryForm() {
        assertClose(run(ps -> new TorchSGD(ps, 0.1, 0, 0, 0, false, false), 3), -0.24881120000000012, -2.92904736328125, 0.922441650390625);
        assertClose(run(ps -> new TorchSGD(ps, 0.1, 0.9, 0.3, 0.1, false, false), 3), -1.3593687610106102, -3.2495985464722783, 1.11246845298368);
        assertClose(run(ps -> new TorchSGD(ps, 0.1, 0.9, 0, 0, true, false), 3), -3.2929754154228807, -4.989234035237256, 1.7817838107397215);
        assertClose(run(ps -> new TorchSGD(ps, 0.01, 0.5, 0, 0, false, true), 3), 1.2704932644779199, -1.8957161530624513, 0.4473617332460693);
        assertThatThrownBy(() -> new TorchSGD(List.of(), 0.1, 0, 0.5, 0, true, false)).hasMessage("Nesterov momentum requires a momentum and zero dampening");
        assertThatThrownBy(() -> new TorchSGD(List.of(), -0.1, 0, 0, 0, false, false)).hasMessage("Invalid learning rate: -0.1");
    }

    @Test
    void torchAdamMatchesPytorch() {
        assertClose(run(ps -> new TorchAdam(ps, 0.1, 0.9, 0.999, 1e-8, 0, false, false), 3), 0.7013925636794558, -2.300465532178342, 0.800483352616602);
        assertClose(run(ps -> new TorchAdam(ps, 0.1, 0.8, 0.9, 1e-6, 0.1, true, false), 3), 0.7015120584883408, -2.3005612649503018, 0.8005700434760261);
    }

    @Test
    void torchStepsChangeParametersInPlaceAndZeroGradZeroesInPlace() {
        Tensor p = Tensor.leaf(NDArray.vector(1, -2, 0.5), true);
        Optimizer opt = new TorchSGD(List.of(p), 0.1, 0, 0, 0, false, false);
        loss(p).backward();
        Tensor g = p.grad();
        opt.step();
        assertThat(p.version()).isEqualTo(1);
        opt.zeroGrad();
        assertThat(p.grad()).isSameAs(g);
        assertThat(g.value().toArray()).containsExactly(0, 0, 0);
        opt.zeroGrad(true);
        assertThat(p.grad()).isNull();
    }

    @Test
    void aFailedInputPutsTheOptimizersStateBack() {
        Tensor p = Tensor.leaf(NDArray.vector(1, -2, 0.5), true);
        Optimizer opt = new TorchAdam(List.of(p), 0.1, 0.9, 0.999, 1e-8, 0, false, false);
        loss(p).backward();
        opt.step();
        double[] after1 = p.value().toArray();
        dev.adjoint.undo.UndoLog log = dev.adjoint.undo.UndoLog.open();
        opt.step();
        log.rollback();
        assertThat(p.value().toArray()).containsExactly(after1);
        opt.step(); // the second step again: the same result as without the rolled-back one
        Tensor q = Tensor.leaf(NDArray.vector(1, -2, 0.5), true);
        Optimizer ref = new TorchAdam(List.of(q), 0.1, 0.9, 0.999, 1e-8, 0, false, false);
        loss(q).backward();
        ref.step();
        ref.step();
        assertThat(p.value().toArray()).containsExactly(q.value().toArray());
    }
}
