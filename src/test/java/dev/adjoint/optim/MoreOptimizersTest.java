package dev.adjoint.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.adjoint.optim.OptimizerTest.assertClose;
import static dev.adjoint.optim.OptimizerTest.run;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adadelta, Adamax, NAdam, RAdam, ASGD and Rprop against PyTorch 1.13 (float64 parameters) on
 * f(p) = Σ c·p³/3 + Σ c·p from p = (1, −2, 0.5), c = (3, 0.5, −1); the reference values printed
 * by /usr/bin/python3 with torch 1.13 running the same steps (NAdam's and ASGD's 0-d state in
 * float32, PyTorch's default dtype, and in float64 after set_default_dtype(torch.float64)).
 */
class MoreOptimizersTest {
    @Test
    void adadeltaMatchesPytorch() {
        assertClose(run(ps -> new TorchAdadelta(ps, 0.5, 0.8, 1e-6, 0.1, false), 3), 0.9964842722128872, -2.0035194231222944, 0.5035192672570716);
    }

    @Test
    void adamaxMatchesPytorch() {
        assertClose(run(ps -> new TorchAdamax(ps, 0.1, 0.9, 0.999, 1e-8, 0.1, false), 3), 0.7143941997800873, -2.2895102927155997, 0.78910480615116);
    }

    @Test
    void nadamKeepsItsMomentumProductInTheDefaultDtype() {
        assertClose(run(ps -> new TorchNAdam(ps, 0.1, 0.9, 0.999, 1e-8, 0, 0.004, true), 3), 0.7532394372652688, -2.2626728972409405, 0.7634593292991472);
        assertClose(run(ps -> new TorchNAdam(ps, 0.1, 0.9, 0.999, 1e-8, 0, 0.004, false), 3), 0.7532394385120063, -2.262672895859281, 0.7634593279060972);
    }

    @Test
    void radamRectifiesOnceTheVarianceIsTractable() { // with beta2 = 0.99 the rectified branch starts at step 6
        assertClose(run(ps -> new TorchRAdam(ps, 0.1, 0.9, 0.99, 1e-8, 0), 8), -1.3255661140050048, -3.6269687888193944, 1.2504334277428242);
    }

    @Test
    void asgdKeepsEtaAndMuInTheDefaultDtype() {
        assertClose(run(ps -> new TorchASGD(ps, 0.1, 0.01, 0.5, 1, 0, false, true), 3), -0.2495167377132132, -2.920043054045839, 0.9200737542107473);
        assertClose(run(ps -> new TorchASGD(ps, 0.1, 0.01, 0.5, 1, 0, false, false), 3), -0.24951673251399975, -2.920043050269284, 0.9200737526105606);
    }

    @Test
    void rpropMatchesPytorch() {
        assertClose(run(ps -> new TorchRprop(ps, 0.1, 0.5, 1.2, 1e-6, 50, false), 6), 0.007008000000000125, -2.992992, 1.4929919999999999);
    }

    @Test
    void hyperparametersAreCheckedAsPytorchChecksThem() {
        List<Tensor> ps = List.of(Tensor.leaf(NDArray.vector(1), true));
        assertThatThrownBy(() -> new TorchAdadelta(ps, 1, 1.5, 1e-6, 0, false)).hasMessage("Invalid rho value: 1.5");
        assertThatThrownBy(() -> new TorchRprop(ps, 0.1, 0.5, 1.0, 1e-6, 50, false)).isInstanceOfSatisfying(InvalidHyperparameter.class,
                e -> assertThat(e.index()).isEqualTo(InvalidHyperparameter.BOTH)).hasMessage("Invalid eta values: 0.5, 1.0");
        assertThatThrownBy(() -> new TorchNAdam(ps, 0.1, 0.9, 0.999, 1e-8, 0, -1, true)).hasMessage("Invalid momentum_decay value: -1.0");
        assertThatThrownBy(() -> new TorchAdamax(ps, 0.1, 1.0, 0.999, 1e-8, 0, false)).hasMessage("Invalid beta parameter at index 0: 1.0");
    }
}
