package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reverse mode, forward mode, higher order and PyTorch's .grad semantics on the classic examples. */
class AutogradTest {
    private static final double EPS = 1e-12;

    private static Tensor input(double v) {
        return Tensor.leaf(NDArray.scalar(v), true);
    }

    private static Tensor input(NDArray v) {
        return Tensor.leaf(v, true);
    }

    private static double grad(Tensor y, Tensor x) {
        return Autograd.grad(y, List.of(x), null, false).get(0).item();
    }

    /**
     * y = ln(x1) + x1·x2 − sin(x2) at (2, 5). Source: CMU 10-414 Lecture 4 (automatic
     * differentiation); Baydin et al., JMLR 2018, Tables 2 and 3.
     */
    @Nested
    class LectureExample {
        final Tensor x1 = input(2), x2 = input(5);
        final Tensor ln = Ops.log(x1), mul = Ops.mul(x1, x2), add = Ops.add(ln, mul), sin = Ops.sin(x2), y = Ops.sub(add, sin);

        @Test
        void value() {
            assertThat(y.item()).isCloseTo(11.652071455223084, within(EPS));
        }

        @Test
        void gradients() {
            List<Tensor> g = Autograd.grad(y, List.of(x1, x2), null, false);
            assertThat(g.get(0).item()).isCloseTo(5.5, within(EPS));
            assertThat(g.get(1).item()).isCloseTo(1.7163378145367738, within(EPS));
        }

        @Test
        void partialAdjointsPerEdge() {
            Map<String, Double> edges = new java.util.LinkedHashMap<>();
            Map<Tensor, String> names = new IdentityHashMap<>(Map.of(x1, "v1", x2, "v2", ln, "ln", mul, "mul", sin, "sin", add, "add", y, "sub"));
            Map<Tensor, Tensor> adj = Autograd.adjoints(y, null, false, true,
                    (from, to, i, partial) -> edges.merge(names.get(from) + "->" + names.get(to), partial.item(), Double::sum));
            assertThat(edges.get("v1->ln")).isCloseTo(0.5, within(EPS));
            assertThat(edges.get("v1->mul")).isCloseTo(5, within(EPS));
            assertThat(edges.get("v2->mul")).isCloseTo(2, within(EPS));
            assertThat(edges.get("v2->sin")).isCloseTo(-0.28366218546322625, within(EPS)); // −cos 5
            assertThat(edges.get("sin->sub")).isCloseTo(-1, within(EPS));
            // the adjoint of a node used twice is the sum of its partial adjoints
            assertThat(adj.get(x1).item()).isCloseTo(edges.get("v1->ln") + edges.get("v1->mul"), within(EPS));
            assertThat(adj.get(x2).item()).isCloseTo(edges.get("v2->mul") + edges.get("v2->sin"), within(EPS));
            // every node's adjoint, as the lecture lists them: v̄7 … v̄1
            assertThat(adj.get(y).item()).isEqualTo(1);
            assertThat(adj.get(add).item()).isEqualTo(1);
            assertThat(adj.get(sin).item()).isEqualTo(-1);
            assertThat(adj.get(mul).item()).isEqualTo(1);
            assertThat(adj.get(ln).item()).isEqualTo(1);
        }

        @Test
        void depthOrderIsTheLecturesNumbering() {
            List<Tensor> order = Graph.depthOrder(y);
            assertThat(order).containsExactly(x1, x2, ln, mul, sin, add, y);
            List<String> ops = new ArrayList<>();
            for (Tensor t : order.subList(2, order.size())) ops.add(t.op().name());
            assertThat(ops).containsExactly("ln", "mul", "sin", "add", "sub");
        }

        @Test
        void topologicalOrderPutsInputsFirst() {
            List<Tensor> topo = Graph.topologicalOrder(y);
            assertThat(topo).hasSize(7).last().isSameAs(y);
            for (Tensor t : topo)
                for (Tensor in : t.inputs()) assertThat(topo.indexOf(in)).isLessThan(topo.indexOf(t));
        }

        @Test
        void forwardTangentsWithRespectToX1() {
            Map<Tensor, Tensor> tan = Autograd.tangents(y, Map.of(x1, Tensor.constant(1)));
            double[] expected = {1, 0, 0.5, 5, 0, 5.5, 5.5};
            List<Tensor> order = Graph.depthOrder(y);
            for (int i = 0; i < expected.length; i++) {
                Tensor t = tan.get(order.get(i));
                assertThat(t == null ? 0 : t.item()).as("v%d", i + 1).isCloseTo(expected[i], within(EPS));
            }
        }

        @Test
        void forwardTangentWithRespectToX2() {
            assertThat(Autograd.tangents(y, Map.of(x2, Tensor.constant(1))).get(y).item()).isCloseTo(1.7163378145367738, within(EPS));
        }

        @Test
        void backwardFillsLeafGradsOnly() {
            y.backward();
            assertThat(x1.grad().item()).isCloseTo(5.5, within(EPS));
            assertThat(x2.grad().item()).isCloseTo(1.7163378145367738, within(EPS));
            assertThat(mul.grad()).isNull();
            assertThat(x1.grad().requiresGrad()).isFalse();
        }
    }

    @Nested
    class HigherOrder {
        @Test
        void cubeSecondAndThirdDerivatives() {
            Tensor x = input(2);
            Tensor y = Ops.pow(x, 3);
            Tensor g = Autograd.grad(y, List.of(x), null, true).get(0);
            assertThat(g.item()).isCloseTo(12, within(EPS));
            Tensor g2 = Autograd.grad(g, List.of(x), null, true).get(0);
            assertThat(g2.item()).isCloseTo(12, within(EPS)); // 6x
            assertThat(grad(g2, x)).isCloseTo(6, within(EPS));
        }

        @Test
        void sineSecondDerivative() {
            for (double v : new double[] {-1.3, 0.4, 2}) {
                Tensor x = input(v);
                Tensor g = Autograd.grad(Ops.sin(x), List.of(x), null, true).get(0);
                assertThat(g.item()).isCloseTo(Math.cos(v), within(EPS));
                assertThat(grad(g, x)).isCloseTo(-Math.sin(v), within(EPS));
            }
        }

        /** needle hw1 test_gradient_of_gradient (x2 = 6, x3 = 0, y = x2² + x2·x3). */
        @Test
        void needleGradientOfGradient() {
            Tensor x2 = input(NDArray.vector(6)), x3 = input(NDArray.vector(0));
            Tensor y = Ops.add(Ops.mul(x2, x2), Ops.mul(x2, x3));
            List<Tensor> g = Autograd.grad(y, List.of(x2, x3), null, true);
            assertThat(y.value().toArray()).containsExactly(36);
            assertThat(g.get(0).value().toArray()).containsExactly(12); // 2·x2 + x3
            assertThat(g.get(1).value().toArray()).containsExactly(6);  // x2
            List<Tensor> gg = Autograd.grad(g.get(0), List.of(x2, x3), null, false);
            assertThat(gg.get(0).value().toArray()).containsExactly(2);
            assertThat(gg.get(1).value().toArray()).containsExactly(1);
        }

        /** The same with PyTorch's .grad: backward(create_graph) then backward of x2.grad accumulates 12 + 2 and 6 + 1. */
        @Test
        void gradientOfGradientThroughDotGrad() {
            Tensor x2 = input(6), x3 = input(0);
            Tensor y = Ops.add(Ops.mul(x2, x2), Ops.mul(x2, x3));
            Autograd.backward(y, null, true);
            Tensor gx2 = x2.grad();
            assertThat(gx2.requiresGrad()).isTrue();
            gx2.backward();
            assertThat(x2.grad().item()).isEqualTo(14);
            assertThat(x3.grad().item()).isEqualTo(7);
        }

        @Test
        void gradWithoutCreateGraphIsConstant() {
            Tensor x = input(2);
            Tensor g = Autograd.grad(Ops.pow(x, 3), List.of(x), null, false).get(0);
            assertThat(g.requiresGrad()).isFalse();
            assertThat(g.isLeaf()).isTrue();
        }
    }

    @Nested
    class DotGradSemantics {
        @Test
        void gradAccumulatesAcrossBackwardCalls() {
            Tensor x = input(3);
            Tensor y = Ops.mul(x, x);
            Autograd.backward(List.of(y), null, true, false, null);
            assertThat(x.grad().item()).isEqualTo(6);
            Tensor first = x.grad();
            y.backward();
            assertThat(x.grad().item()).isEqualTo(12);
            assertThat(x.grad()).as("PyTorch adds into the same .grad tensor").isSameAs(first);
            x.setGrad(null);
            assertThatThrownBy(y::backward).isInstanceOf(AutogradException.class)
                    .hasMessageStartingWith("Trying to backward through the graph a second time");
        }

        @Test
        void backwardWithSeedVector() {
            Tensor x = input(NDArray.vector(1, 2, 3));
            Tensor y = Ops.mul(x, Tensor.constant(NDArray.vector(10, 20, 30)));
            y.backward(Tensor.constant(NDArray.vector(1, 0.5, -1)));
            assertThat(x.grad().value().toArray()).containsExactly(10, 10, -30);
        }

        @Test
        void nonScalarWithoutSeed() {
            Tensor x = input(NDArray.vector(1, 2));
            Tensor y = Ops.mul(x, x);
            assertThatThrownBy(y::backward).isInstanceOf(AutogradException.class)
                    .hasMessage("grad can be implicitly created only for scalar outputs");
            assertThatThrownBy(() -> y.backward(Tensor.constant(NDArray.ones(3)))).isInstanceOf(AutogradException.class)
                    .hasMessage("Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of torch.Size([2]).");
        }

        @Test
        void oneElementNonScalarNeedsNoSeed() {
            Tensor x = input(NDArray.of(new double[] {3}, 1, 1));
            Ops.mul(x, x).backward();
            assertThat(x.grad().value().toArray()).containsExactly(6);
        }

        @Test
        void backwardOfConstant() {
            Tensor c = Tensor.constant(2);
            assertThatThrownBy(c::backward).isInstanceOf(AutogradException.class)
                    .hasMessage("element 0 of tensors does not require grad and does not have a grad_fn");
        }

        /** PyTorch's autograd tutorial: x = ones(2, 2), y = x + 2, z = y·y·3, out = z.mean(). */
        @Test
        void pytorchTutorial() {
            Tensor x = input(NDArray.ones(2, 2));
            Tensor y = Ops.add(x, Tensor.constant(2));
            Tensor z = Ops.mul(Ops.mul(y, y), Tensor.constant(3));
            Tensor out = Ops.mean(z, null, false);
            assertThat(out.item()).isEqualTo(27);
            out.backward();
            assertThat(x.grad().shape()).containsExactly(2, 2);
            assertThat(x.grad().value().toArray()).containsExactly(4.5, 4.5, 4.5, 4.5);
        }

        @Test
        void retainGradKeepsAnIntermediate() {
            Tensor x = input(2);
            Tensor h = Ops.mul(x, x);
            h.retainGrad();
            Ops.mul(h, Tensor.constant(3)).backward();
            assertThat(h.grad().item()).isEqualTo(3);
            assertThat(x.grad().item()).isEqualTo(12);
        }

        @Test
        void gradOfUnusedInputIsZero() {
            Tensor x = input(NDArray.vector(1, 2)), unused = input(NDArray.zeros(2, 3));
            List<Tensor> g = Autograd.grad(Ops.sum(x), List.of(x, unused), null, false);
            assertThat(g.get(1).value()).isEqualTo(NDArray.zeros(2, 3));
        }
    }

    @Nested
    class Stability {
        /** needle hw2: the softmax loss of all-zero logits is ln 10 for 10 classes. */
        @Test
        void softmaxLossOfZeroLogits() {
            Gen g = new Gen(3);
            int batch = 50;
            double[] labels = new double[batch];
            for (int i = 0; i < batch; i++) labels[i] = g.intIn(0, 9);
            Tensor z = input(NDArray.zeros(batch, 10));
            Tensor y = Ops.oneHot(Tensor.constant(NDArray.vector(labels)), 10);
            Tensor loss = Ops.mean(Ops.sub(Ops.logsumexp(z, new int[] {1}, false), Ops.sum(Ops.mul(z, y), new int[] {1}, false)), null, false);
            assertThat(loss.item()).isCloseTo(2.302585092994046, within(1e-14));
            loss.backward();
            double[] gz = z.grad().value().toArray();
            for (int i = 0; i < batch; i++)
                for (int k = 0; k < 10; k++)
                    assertThat(gz[i * 10 + k]).isCloseTo((0.1 - (k == labels[i] ? 1 : 0)) / batch, within(1e-15));
        }

        /** needle hw2: logsumexp must not overflow for inputs around 1e10. */
        @Test
        void logsumexpOfHugeInputs() {
            Tensor x = input(NDArray.vector(1e10, 1e10));
            Tensor l = Ops.logsumexp(x, null, false);
            assertThat(l.item()).isEqualTo(1e10 + Math.log(2));
            l.backward();
            assertThat(x.grad().value().toArray()).containsExactly(0.5, 0.5);

            Gen g = new Gen(11);
            NDArray big = g.array(3, 5).mul(1e10);
            NDArray r = Ops.logsumexp(Tensor.constant(big), new int[] {1}, false).value();
            NDArray m = big.max(new int[] {1}, false);
            for (int i = 0; i < 3; i++) {
                assertThat(r.get(i)).isFinite();
                assertThat(r.get(i)).isCloseTo(m.get(i), within(Math.ulp(m.get(i)) * 4 + Math.log(5)));
            }
            NDArray neg = Ops.logsumexp(Tensor.constant(NDArray.vector(-1e10, -1e10)), null, false).value();
            assertThat(neg.item()).isEqualTo(-1e10 + Math.log(2));
            NDArray allNegInf = Ops.logsumexp(Tensor.constant(NDArray.vector(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY)), null, false).value();
            assertThat(allNegInf.item()).isEqualTo(Double.NEGATIVE_INFINITY);
        }

        /** Finite where exp(1000) overflows; exp(a − logsumexp(a)) loses the digits of logsumexp below ulp(1000). */
        @Test
        void softmaxOfHugeLogitsSumsToOne() {
            Tensor s = Ops.softmax(Tensor.constant(NDArray.vector(1000, 1001, 999)), -1);
            assertThat(s.value().sumAll()).isCloseTo(1, within(1e-12));
            assertThat(Ops.sigmoid(Tensor.constant(NDArray.vector(-1000, 1000))).value().toArray()).containsExactly(0, 1);
        }

        @Test
        void maxSharesTheGradientAmongTies() {
            Tensor x = input(NDArray.vector(1, 3, 3, 2));
            Ops.max(x, null, false).backward();
            assertThat(x.grad().value().toArray()).containsExactly(0, 0.5, 0.5, 0);
        }
    }

    @Nested
    class GradModeBehaviour {
        @Test
        void noGradRecordsNothing() {
            Tensor x = input(2);
            Tensor y;
            try (Scope ignored = GradMode.noGrad()) {
                assertThat(GradMode.isEnabled()).isFalse();
                y = Ops.mul(Ops.exp(x), x);
            }
            assertThat(GradMode.isEnabled()).isTrue();
            assertThat(y.isLeaf()).isTrue();
            assertThat(y.requiresGrad()).isFalse();
            assertThat(y.inputCount()).isZero();
            assertThat(y.item()).isCloseTo(2 * Math.exp(2), within(EPS));
            assertThat(Ops.mul(y, x).inputs()).containsExactly(y, x);
        }

        @Test
        void scopesNestAndRestoreOnException() {
            try (Scope outer = GradMode.noGrad()) {
                try (Scope inner = GradMode.set(true)) {
                    assertThat(Ops.neg(input(1)).requiresGrad()).isTrue();
                }
                assertThat(GradMode.isEnabled()).isFalse();
            }
            assertThatThrownBy(() -> {
                try (Scope s = GradMode.noGrad()) {
                    throw new IllegalStateException("boom");
                }
            }).hasMessage("boom");
            assertThat(GradMode.isEnabled()).isTrue();
        }

        @Test
        void opsOnConstantsRecordNothing() {
            Tensor c = Ops.add(Tensor.constant(1), Tensor.constant(2));
            assertThat(c.isLeaf()).isTrue();
            assertThat(c.requiresGrad()).isFalse();
        }

        @Test
        void gradModeIsPerThread() throws Exception {
            try (Scope ignored = GradMode.noGrad()) {
                boolean[] other = new boolean[1];
                Thread t = new Thread(() -> other[0] = GradMode.isEnabled());
                t.start();
                t.join();
                assertThat(other[0]).isTrue();
            }
        }
    }
}
