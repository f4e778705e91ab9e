package dev.adjoint.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modules: parameter discovery, modes, needle's init, and gradients against central differences. */
class ModuleTest {
    private static NDArray randn(long seed, int... shape) {
        return new NumpyRandom(seed).randn(shape);
    }

    @Test
    void linearUsesNeedlesInitInOrder() {
        Linear l = new Linear(4, 3, new NumpyRandom(0));
        assertThat(l.weight().shape()).containsExactly(4, 3);
        assertThat(l.bias().shape()).containsExactly(1, 3);
        assertThat(l.weight().value().get(0, 0)).isCloseTo(0.11956817717928847, within(1e-15));
        // bias = kaiming_uniform(3, 1), drawn after the weight, reshaped to (1, 3)
        double[] want = {0.19245908228952735, 1.2037690759477557, -1.2132932485311427};
        double[] got = l.bias().value().toArray();
        for (int i = 0; i < 3; i++) assertThat(got[i]).isCloseTo(want[i], within(1e-15));
        assertThat(l.parameters()).containsExactly(l.weight(), l.bias());
        assertThat(new Linear(4, 3, false, new NumpyRandom(0)).parameters()).hasSize(1);
        assertThat(l.toString()).isEqualTo("Linear(in_features=4, out_features=3, bias=True)");
    }

    @Test
    void linearComputesXWPlusB() {
        Linear l = new Linear(4, 3, new NumpyRandom(0));
        NDArray x = randn(1, 5, 4);
        Tensor y = l.call(Tensor.constant(x));
        NDArray want = x.matmul(l.weight().value()).add(l.bias().value());
        assertThat(y.value().allClose(want, 0, 0)).isTrue();
        assertThatThrownBy(() -> l.call(Tensor.constant(randn(1, 5, 3)))).hasMessageContaining("last axis has 4 features").hasMessageContaining("(5, 3)");
    }

    @Test
    void parametersAreFoundRecursivelyInOrderAndOnce() {
        NumpyRandom rng = new NumpyRandom(0);
        Linear a = new Linear(3, 4, rng), b = new Linear(4, 2, rng);
        Sequential inner = new Sequential(b, new ReLU());
        Sequential model = new Sequential(a, new ReLU(), new Residual(new Sequential(new LayerNorm1d(4))), inner, new Residual(inner));
        List<Tensor> p = model.parameters();
        assertThat(p).hasSize(6);
        assertThat(p.get(0)).isSameAs(a.weight());
        assertThat(p.get(1)).isSameAs(a.bias());
        assertThat(p.get(4)).isSameAs(b.weight());
        assertThat(model.namedParameters().keySet()).containsExactly("0.weight", "0.bias", "2.fn.0.weight", "2.fn.0.bias", "3.0.weight", "3.0.bias");
        assertThat(p).allSatisfy(t -> assertThat(t.requiresGrad() && t.isLeaf()).isTrue());
    }

    @Test
    void trainAndEvalReachEveryDescendant() {
        Dropout d = new Dropout(0.5, new NumpyRandom(0));
        Sequential model = new Sequential(new Sequential(new Residual(d)), new BatchNorm1d(3));
        assertThat(model.modules()).allSatisfy(m -> assertThat(m.isTraining()).isTrue());
        model.eval();
        assertThat(model.modules()).hasSize(5).allSatisfy(m -> assertThat(m.isTraining()).isFalse());
        model.train();
        assertThat(d.isTraining()).isTrue();
    }

    @Test
    void sequentialChainsAndPrints() {
        NumpyRandom rng = new NumpyRandom(0);
        Sequential s = new Sequential(new Linear(2, 3, rng), new ReLU(), new Linear(3, 1, false, rng));
        Tensor x = Tensor.constant(randn(2, 4, 2));
        Linear l0 = (Linear) s.get(0), l2 = (Linear) s.get(2);
        NDArray want = x.value().matmul(l0.weight().value()).add(l0.bias().value()).map(v -> Math.max(v, 0)).matmul(l2.weight().value());
        assertThat(s.call(x).value().allClose(want, 0, 0)).isTrue();
        assertThat(s.toString()).isEqualTo("Sequential(\n  (0): Linear(in_features=2, out_features=3, bias=True)\n  (1): ReLU()\n"
                + "  (2): Linear(in_features=3, out_features=1, bias=False)\n)");
    }

    @Test
    void activationsIdentityFlattenResidual() {
        Tensor x = Tensor.constant(randn(3, 2, 3, 4));
        assertThat(new Identity().call(x)).isSameAs(x);
        assertThat(new Flatten().call(x).shape()).containsExactly(2, 12);
        assertThat(new ReLU().call(x).value()).isEqualTo(Ops.relu(x).value());
        assertThat(new Tanh().call(x).value()).isEqualTo(Ops.tanh(x).value());
        assertThat(new Sigmoid().call(x).value()).isEqualTo(Ops.sigmoid(x).value());
        assertThat(new Residual(new Tanh()).call(x).value()).isEqualTo(Ops.add(Ops.tanh(x), x).value());
        assertThatThrownBy(() -> new ReLU().call(x, x)).hasMessage("ReLU takes 1 input, got 2");
    }

    @Test
    void softmaxLossIsMeanOfLogsumexpMinusTrueLogit() {
        NDArray z = randn(4, 3, 5);
        NDArray y = NDArray.vector(0, 4, 2);
        double want = 0;
        for (int i = 0; i < 3; i++) {
            double m = Double.NEGATIVE_INFINITY, s = 0;
            for (int j = 0; j < 5; j++) m = Math.max(m, z.get(i, j));
            for (int j = 0; j < 5; j++) s += Math.exp(z.get(i, j) - m);
            want += m + Math.log(s) - z.get(i, (int) y.get(i));
        }
        SoftmaxLoss loss = new SoftmaxLoss();
        assertThat(loss.call(Tensor.constant(z), Tensor.constant(y)).item()).isCloseTo(want / 3, within(1e-14));
        assertThatThrownBy(() -> loss.call(Tensor.constant(z))).hasMessageContaining("2 inputs (logits, y)");
        assertThatThrownBy(() -> loss.call(Tensor.constant(z), Tensor.constant(NDArray.vector(0, 1)))).hasMessageContaining("labels of shape (3,)");
        assertThatThrownBy(() -> loss.call(Tensor.constant(z), Tensor.constant(NDArray.vector(0, 1, 5)))).hasMessageContaining("one_hot label 5");
    }

    @Test
    void batchNormTrainingNormalisesAndUpdatesRunningStats() {
        BatchNorm1d bn = new BatchNorm1d(3);
        NDArray x = randn(5, 6, 3).mul(2).add(1);
        NDArray out = bn.call(Tensor.constant(x)).value();
        NDArray mean = out.sum(new int[] {0}, false).mul(1.0 / 6);
        NDArray var = out.mul(out).sum(new int[] {0}, false).mul(1.0 / 6);
        assertThat(mean.allClose(NDArray.zeros(3), 0, 1e-12)).isTrue();
        assertThat(var.allClose(NDArray.ones(3), 1e-4, 0)).isTrue();
        NDArray bmean = x.sum(new int[] {0}, false).mul(1.0 / 6);
        NDArray c = x.sub(bmean);
        NDArray bvar = c.mul(c).sum(new int[] {0}, false).mul(1.0 / 6); // biased
        assertThat(bn.runningMean().allClose(bmean.mul(0.1), 1e-12, 0)).isTrue();
        assertThat(bn.runningVar().allClose(bvar.mul(0.1).add(0.9), 1e-12, 0)).isTrue();
        bn.eval();
        NDArray before = bn.runningMean();
        NDArray e = bn.call(Tensor.constant(x)).value();
        NDArray want = x.sub(bn.runningMean()).div(bn.runningVar().add(1e-5).map(Math::sqrt));
        assertThat(e.allClose(want, 1e-14, 0)).isTrue();
        assertThat(bn.runningMean()).isSameAs(before);
    }

    @Test
    void layerNormNormalisesRows() {
        NDArray out = new LayerNorm1d(4).call(Tensor.constant(randn(6, 3, 4).mul(5))).value();
        NDArray mean = out.sum(new int[] {1}, false).mul(0.25);
        assertThat(mean.allClose(NDArray.zeros(3), 0, 1e-12)).isTrue();
    }

    @Test
    void dropoutScalesInTrainingAndIsIdentityInEval() {
        Dropout d = new Dropout(0.25, new NumpyRandom(0));
        Tensor x = Tensor.constant(NDArray.ones(100, 100));
        double[] v = d.call(x).value().toArray();
        int zeros = 0;
        for (double e : v) {
            assertThat(e == 0 || Math.abs(e - 1 / 0.75) < 1e-15).isTrue();
            if (e == 0) zeros++;
        }
        assertThat(zeros / 10000.0).isCloseTo(0.25, within(0.02));
        d.eval();
        assertThat(d.call(x)).isSameAs(x);
        assertThat(new Dropout(1, new NumpyRandom(0)).call(x).value().toArray()).containsOnly(0.0);
        assertThatThrownBy(() -> new Dropout(1.5, new NumpyRandom(0))).hasMessageContaining("between 0 and 1");
    }

    // ---- gradients: composition gives them; check against central differences ----

    @Test
    void gradientsWithRespectToInputs() {
        Gen gen = new Gen(11);
        NumpyRandom rng = new NumpyRandom(2);
        Linear lin = new Linear(4, 3, rng);
        BatchNorm1d bn = new BatchNorm1d(4);
        LayerNorm1d ln = new LayerNorm1d(4);
        Residual res = new Residual(new Sequential(new Linear(4, 4, rng), new Tanh()));
        NDArray x = randn(7, 5, 4);
        GradCheck.check(gen, "Linear", t -> lin.call(t[0]), x);
        GradCheck.check(gen, "BatchNorm1d (training)", t -> bn.call(t[0]), x);
        GradCheck.check(gen, "LayerNorm1d", t -> ln.call(t[0]), x);
        GradCheck.check(gen, "Residual", t -> res.call(t[0]), x);
        Tensor y = Tensor.constant(NDArray.vector(0, 2, 1, 1, 0));
        GradCheck.check(gen, "SoftmaxLoss", t -> new SoftmaxLoss().call(t[0], y), randn(8, 5, 3));
    }

    @Test
    void gradientsWithRespectToParameters() {
        NumpyRandom rng = new NumpyRandom(5);
        Sequential model = new Sequential(new Linear(4, 6, rng), new BatchNorm1d(6), new ReLU(), new LayerNorm1d(6), new Linear(6, 3, rng));
        Tensor x = Tensor.constant(randn(9, 8, 4));
        Tensor y = Tensor.constant(NDArray.vector(0, 1, 2, 2, 1, 0, 0, 1));
        SoftmaxLoss lossFn = new SoftmaxLoss();
        List<Tensor> params = model.parameters();
        List<Tensor> grads = Autograd.grad(lossFn.call(model.call(x), y), params, null, false);
        double h = 1e-6;
        for (int k = 0; k < params.size(); k++) {
            Tensor p = params.get(k);
            NDArray p0 = p.value();
            double[] v = p0.toArray(), g = grads.get(k).value().toArray();
            for (int j = 0; j < v.length; j++) {
                double old = v[j];
                v[j] = old + h;
                p.setData(NDArray.of(v, p0.shape()));
                double lp = lossFn.call(model.call(x), y).item();
                v[j] = old - h;
                p.setData(NDArray.of(v, p0.shape()));
                double lm = lossFn.call(model.call(x), y).item();
                v[j] = old;
                p.setData(p0);
                assertThat(g[j]).as("parameter %d element %d", k, j).isCloseTo((lp - lm) / (2 * h), within(1e-7));
            }
        }
    }
}
