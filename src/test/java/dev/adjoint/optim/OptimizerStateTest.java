package dev.adjoint.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint's round trip: the state one optimizer gives after some steps, loaded into a fresh
 * optimizer over a copy of the parameters, continues exactly as the original does (every
 * PyTorch optimizer, with the options that add buffers).
 */
class OptimizerStateTest {
    private static final List<Function<List<Tensor>, Optimizer>> OPTIMIZERS = List.of(
            ps -> new TorchSGD(ps, 0.1, 0.9, 0, 0.01, true, false),
            ps -> new TorchSGD(ps, 0.1, 0, 0, 0, false, false),
            ps -> new TorchAdam(ps, 0.05, 0.9, 0.99, 1e-8, 0, true, false),
            ps -> new TorchAdam(ps, 0.05, 0.9, 0.99, 1e-8, 0.1, false, false, true),
            ps -> new TorchRMSprop(ps, 0.01, 0.9, 1e-8, 0, 0.5, true, false),
            ps -> new TorchAdagrad(ps, 0.1, 0.01, 0, 0.1, 1e-10, false));

    private static void steps(Tensor p, Optimizer opt, int n) {
        for (int i = 0; i < n; i++) {
            opt.zeroGrad();
            Ops.sum(Ops.mul(Ops.mul(p, p), Ops.sin(p))).backward();
            opt.step();
        }
    }

    @Test
    void aLoadedStateContinuesAsTheOriginal() {
        for (Function<List<Tensor>, Optimizer> make : OPTIMIZERS) {
            Tensor p = Tensor.leaf(NDArray.vector(1, -2, 0.5), true);
            Optimizer original = make.apply(List.of(p));
            steps(p, original, 3);
            Tensor q = Tensor.leaf(p.value(), true);
            Optimizer resumed = make.apply(List.of(q));
            resumed.loadState(0, original.state(0));
            steps(p, original, 2);
            steps(q, resumed, 2);
            assertThat(q.value().toArray()).as(original.toString()).containsExactly(p.value().toArray());
        }
    }

    @Test
    void aParameterWithoutStepsHasNoStateExceptAdagradsAccumulator() {
        for (Function<List<Tensor>, Optimizer> make : OPTIMIZERS) {
            Optimizer opt = make.apply(List.of(Tensor.leaf(NDArray.vector(1, 2), true)));
            Map<String, Object> s = opt.state(0);
            if (opt instanceof TorchAdagrad) assertThat(s).containsKeys("step", "sum");
            else assertThat(s).as(opt.toString()).isNull();
        }
    }

    @Test
    void aBufferOfAnotherSizeIsRefused() {
        Optimizer opt = new TorchSGD(List.of(Tensor.leaf(NDArray.vector(1, 2), true)), 0.1, 0.9, 0, 0, false, false);
        assertThatThrownBy(() -> opt.loadState(0, Map.of("momentum_buffer", NDArray.vector(1, 2, 3)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("momentum_buffer");
    }
}
