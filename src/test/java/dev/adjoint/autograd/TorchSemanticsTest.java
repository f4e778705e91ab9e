package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Indexing;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * PyTorch 1.13's autograd semantics as the engine implements them: leaves and requires_grad,
 * in-place changes and version counters with PyTorch's errors, aliases, the grad API's options.
 * Each expectation was checked against PyTorch (float64).
 */
class TorchSemanticsTest {
    private static Tensor input(double... v) {
        return Tensor.leaf(NDArray.vector(v), true);
    }

    private static Tensor constant(double... v) {
        return Tensor.constant(NDArray.vector(v));
    }

    private static double[] values(Tensor t) {
        return t.value().toArray();
    }

    private static String gradFn(Tensor t) {
        return t.isLeaf() ? null : t.op().torchName(t);
    }

    private static void backward(Tensor y) {
        Autograd.backward(List.of(y), null, false, false, null);
    }

    @Nested
    class RequiresGrad {
        @Test
        void aResultRequiresGradIffAnOperandDoesAndGradModeIsOn() {
            Tensor a = constant(1, 2), x = input(3, 4);
            assertThat(Ops.mul(Ops.div(Ops.mul(a, Tensor.constant(3)), Ops.sub(a, Tensor.constant(1))), a).requiresGrad()).isFalse();
            assertThat(Ops.mul(a, x).requiresGrad()).isTrue();
            try (Scope ignored = GradMode.noGrad()) {
                Tensor b = Ops.mul(x, Tensor.constant(2));
                assertThat(b.requiresGrad()).isFalse();
                assertThat(b.isLeaf()).isTrue();
            }
        }

        @Test
        void onlyLeavesChangeTheFlagAndOnlyFloatingTensorsRequireGrad() {
            Tensor y = Ops.mul(input(1), Tensor.constant(2));
            y.setRequiresGrad(true); // allowed, nothing changes
            assertThatThrownBy(() -> y.setRequiresGrad(false)).hasMessageStartingWith("you can only change requires_grad flags of leaf variables.");
            Tensor i = Tensor.constant(NDArray.vector(1, 2), DType.INT64);
            assertThatThrownBy(() -> i.setRequiresGrad(true)).hasMessage("only Tensors of floating point dtype can require gradients");
        }

        @Test
        void comparisonsAndIndicesNeverRequireGrad() {
            Tensor x = input(1, 3);
            Tensor gt = Ops.gt(x, Tensor.constant(2));
            assertThat(gt.dtype()).isEqualTo(DType.BOOL);
            assertThat(gt.requiresGrad()).isFalse();
            assertThat(values(gt)).containsExactly(0, 1);
            assertThat(Ops.argmax(x, null, false, false).dtype()).isEqualTo(DType.INT64);
            assertThat(Ops.sum(gt).dtype()).isEqualTo(DType.INT64);
        }

        @Test
        void typesPromoteBoolThenIntThenFloat() {
            Tensor i = Tensor.constant(NDArray.vector(1, 2), DType.INT64), f = constant(0.5, 0.5);
            assertThat(Ops.mul(i, i).dtype()).isEqualTo(DType.INT64);
            assertThat(Ops.mul(i, f).dtype()).isEqualTo(DType.FLOAT64);
            assertThat(Ops.div(i, i).dtype()).isEqualTo(DType.FLOAT64);
            assertThatThrownBy(() -> Ops.mean(i, null, false)).hasMessageContaining("Input dtype must be either a floating point or complex dtype. Got: Long");
        }
    }

    @Nested
    class GradFnNames {
        @Test
        void namesAsPyTorchPrintsThem() {
            Tensor x = input(1, 2), c = constant(3, 4);
            assertThat(gradFn(Ops.add(x, c))).isEqualTo("AddBackward0");
            assertThat(gradFn(Ops.rsub(Tensor.constant(2), x))).isEqualTo("RsubBackward1");
            assertThat(gradFn(Ops.mul(x, c))).isEqualTo("MulBackward0");
            assertThat(gradFn(Ops.pow(x, 2))).isEqualTo("PowBackward0");
            assertThat(gradFn(Ops.pow(x, c))).isEqualTo("PowBackward1");
            assertThat(gradFn(Ops.mean(x, null, false))).isEqualTo("MeanBackward0");
            assertThat(gradFn(Ops.mean(x, new int[] {0}, true))).isEqualTo("MeanBackward1");
            assertThat(gradFn(Ops.sum(x))).isEqualTo("SumBackward0");
            assertThat(gradFn(Ops.max(x, null, false))).isEqualTo("MaxBackward1");
            assertThat(gradFn(Ops.maxAlong(x, 0, false, false)[0])).isEqualTo("MaxBackward0");
            assertThat(gradFn(Ops.view(x, 2, 1))).isEqualTo("ViewBackward0");
            assertThat(gradFn(Ops.t(Ops.view(x, 2, 1)))).isEqualTo("TBackward0");
            assertThat(gradFn(Ops.matmul(x, c))).isEqualTo("DotBackward0");
            assertThat(gradFn(Ops.std(x, null, 1, false))).isEqualTo("StdBackward0");
            assertThat(gradFn(Ops.crossEntropy(Ops.view(x, 1, 2), Tensor.constant(NDArray.vector(1), DType.INT64), "mean")))
                    .isEqualTo("NllLossBackward0");
            assertThat(gradFn(Indexing.get(x, List.of(new Index.At(0))))).isEqualTo("SelectBackward0");
            assertThat(gradFn(Indexing.get(x, List.of(Ops.gt(x, Tensor.constant(1)))))).isEqualTo("IndexBackward0");
        }
    }

    @Nested
    class InPlaceChanges {
        @Test
        void aLeafThatRequiresGradRefusesInGradModeAndChangesUnderNoGrad() {
            Tensor w = input(1, 2);
            assertThatThrownBy(() -> InPlace.zero(w))
                    .hasMessage("a leaf Variable that requires grad is being used in an in-place operation.");
            assertThat(w.version()).isZero();
            try (Scope ignored = GradMode.noGrad()) {
                InPlace.sub(w, Tensor.constant(0.5));
            }
            assertThat(values(w)).containsExactly(0.5, 1.5);
            assertThat(w.version()).isEqualTo(1);
            assertThat(w.isLeaf()).isTrue();
            assertThat(w.requiresGrad()).isTrue();
        }

        @Test
        void aNonLeafBecomesTheNewNodeAndItsOldNodeStaysInTheGraph() {
            Tensor x = input(1, 2);
            Tensor y = Ops.mul(x, Tensor.constant(2));
            Tensor z = Ops.add(y, Tensor.constant(1)); // made before the change: keeps using y's old node
            Tensor same = InPlace.mul(y, Tensor.constant(3));
            assertThat(same).isSameAs(y);
            assertThat(gradFn(y)).isEqualTo("MulBackward0");
            assertThat(values(y)).containsExactly(6, 12);
            assertThat(y.version()).isEqualTo(1);
            assertThat(gradFn(y.input(0))).as("the node y was").isEqualTo("MulBackward0");
            assertThat(values(y.input(0))).containsExactly(2, 4);
            assertThat(z.input(0)).isSameAs(y.input(0));
            Autograd.backward(List.of(Ops.sum(z)), null, true, false, null); // retained: y's old node is used again below
            assertThat(values(x.grad())).containsExactly(2, 2);
            x.setGrad(null);
            backward(Ops.sum(y));
            assertThat(values(x.grad())).containsExactly(6, 6);
        }

        @Test
        void anInPlaceOpWhoseOperandIsTheTensorItselfUsesTheNodeItWasTwice() {
            Tensor x = input(1, 2);
            Tensor y = Ops.mul(x, Tensor.constant(2));
            InPlace.add(y, y); // y += y: AddBackward0(MulBackward0, MulBackward0), no edge from y to itself
            assertThat(values(y)).containsExactly(4, 8);
            assertThat(y.input(0)).isNotSameAs(y).isSameAs(y.input(1));
            assertThat(gradFn(y.input(1))).isEqualTo("MulBackward0");
            assertThat(Graph.depthOrder(y)).contains(y.input(1));
            backward(Ops.sum(y));
            assertThat(values(x.grad())).containsExactly(4, 4);
        }

        @Test
        void aSavedOutputChangedInPlaceFailsTheBackwardPass() {
            Tensor x = input(1, 2);
            Tensor y = Ops.exp(x);
            InPlace.add(y, Tensor.constant(1));
            assertThatThrownBy(() -> backward(Ops.sum(y))).hasMessage("one of the variables needed for gradient computation has been modified "
                    + "by an inplace operation: [torch.DoubleTensor [2]], which is output 0 of ExpBackward0, is at version 1; expected version 0 "
                    + "instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with "
                    + "torch.autograd.set_detect_anomaly(True).");
        }

        @Test
        void aSavedLeafChangedInPlaceFailsTheBackwardPass() {
            Tensor x = input(1, 2), a = constant(1, 1);
            Tensor b = Ops.mul(a, x);
            InPlace.add(a, Tensor.constant(1));
            assertThatThrownBy(() -> backward(Ops.sum(b))).hasMessageContaining("[torch.DoubleTensor [2]] is at version 1; expected version 0 instead.");
        }

        @Test
        void anUnsavedInputMayChange() {
            Tensor x = input(1, 2), a = constant(1, 1);
            Tensor b = Ops.add(a, x); // add saves nothing
            InPlace.add(a, Tensor.constant(1));
            backward(Ops.sum(b));
            assertThat(values(x.grad())).containsExactly(1, 1);
        }

        @Test
        void aConstantChangedByATensorThatRequiresGradJoinsTheGraph() {
            Tensor x = input(1, 2), a = constant(0, 0);
            InPlace.add(a, x);
            assertThat(a.isLeaf()).isFalse();
            assertThat(a.requiresGrad()).isTrue();
            assertThat(gradFn(a)).isEqualTo("AddBackward0");
            backward(Ops.sum(a));
            assertThat(values(x.grad())).containsExactly(1, 1);
        }

        @Test
        void shapesAndTypesMustFit() {
            Tensor y = Ops.mul(input(1, 2), Tensor.constant(2));
            assertThatThrownBy(() -> InPlace.add(y, Tensor.constant(NDArray.ones(2, 2))))
                    .hasMessage("output with shape [2] doesn't match the broadcast shape [2, 2]");
            Tensor i = Tensor.constant(NDArray.vector(1, 2), DType.INT64);
            assertThatThrownBy(() -> InPlace.add(i, Tensor.constant(0.5)))
                    .hasMessage("result type Double can't be cast to the desired output type Long");
        }

        @Test
        void setItemWritesInPlaceAndGradientsReachTheValues() {
            Tensor x = input(1, 2), a = constant(0, 0, 0);
            Indexing.set(a, List.of(new Index.At(0)), Ops.mul(Indexing.get(x, List.of(new Index.At(0))), Tensor.constant(2)));
            Indexing.set(a, List.of(new Index.Slice(1, null, null)), x);
            assertThat(values(a)).containsExactly(2, 1, 2);
            assertThat(gradFn(a)).isEqualTo("CopySlices");
            backward(Ops.sum(a));
            assertThat(values(x.grad())).containsExactly(3, 1);
        }
    }

    @Nested
    class Aliases {
        @Test
        void dataSharesTheValuesButNotTheVersion() {
            Tensor x = input(1, 2);
            Tensor d = x.data();
            InPlace.mul(d, Tensor.constant(3));
            assertThat(values(x)).containsExactly(3, 6);
            assertThat(x.version()).isZero();
            assertThat(d.requiresGrad()).isFalse();
        }

        @Test
        void detachSharesTheValuesAndTheVersion() {
            Tensor x = input(1, 2);
            Tensor e = Ops.exp(x);
            InPlace.zero(e.detach());
            assertThat(values(e)).containsExactly(0, 0);
            assertThat(e.version()).isEqualTo(1);
            assertThatThrownBy(() -> backward(Ops.sum(e))).hasMessageContaining("which is output 0 of ExpBackward0, is at version 1");
        }

        @Test
        void settingDataLeavesEarlierAliasesWithTheOldValues() {
            Tensor x = input(1, 2);
            Tensor d = x.data();
            x.setData(NDArray.vector(5, 6));
            assertThat(values(d)).containsExactly(1, 2);
            assertThat(values(x)).containsExactly(5, 6);
        }

        @Test
        void detachInPlaceMakesALeafAndKeepsTheGraphBuiltBefore() {
            Tensor x = input(2);
            Tensor y = Ops.mul(x, Tensor.constant(3));
            Tensor z = Ops.mul(y, Tensor.constant(1));
            y.detachInPlace();
            assertThat(y.isLeaf()).isTrue();
            assertThat(y.requiresGrad()).isFalse();
            backward(Ops.sum(z));
            assertThat(x.grad().item()).isEqualTo(3);
        }
    }

    @Nested
    class BackwardAndGrad {
        @Test
        void aSecondBackwardFailsWhereNodesSavedTensorsUnlessTheGraphIsRetained() {
            Tensor x = input(1, 2);
            Tensor y = Ops.sum(Ops.mul(x, x));
            backward(y);
            assertThatThrownBy(() -> backward(y)).hasMessageStartingWith("Trying to backward through the graph a second time");
            Tensor s = Ops.sum(Ops.add(x, Tensor.constant(2))); // add and sum save nothing: PyTorch runs it again
            backward(s);
            backward(s);
            Tensor r = Ops.sum(Ops.exp(x));
            Autograd.backward(List.of(r), null, true, false, null);
            Autograd.backward(List.of(r), null, false, false, null);
            assertThatThrownBy(() -> backward(r)).hasMessageStartingWith("Trying to backward");
        }

        @Test
        void theLectureToolsWorkOnAnyLiveGraph() {
            Tensor x = input(3);
            Tensor y = Ops.mul(x, x);
            backward(y);
            assertThat(Autograd.grad(y, List.of(x), null, false).get(0).item()).isEqualTo(6);
            Autograd.backward(y, null, false);
            assertThat(x.grad().item()).isEqualTo(12);
        }

        @Test
        void laterGradientsAddIntoTheSameGradTensor() {
            Tensor x = input(2);
            Tensor y = Ops.pow(x, 3);
            Autograd.backward(List.of(y), null, true, false, null);
            Tensor g = x.grad();
            backward(y);
            assertThat(x.grad()).isSameAs(g);
            assertThat(g.item()).isEqualTo(24);
            assertThat(g.version()).isEqualTo(1);
        }

        @Test
        void gradReturnsOnePerInputAndChecksWhatPyTorchChecks() {
            Tensor x = input(3), c = input(1), k = constant(1);
            Tensor y = Ops.pow(x, 2);
            assertThat(Autograd.grad(List.of(y), List.of(x), null, true, false, false).get(0).item()).isEqualTo(6);
            assertThatThrownBy(() -> Autograd.grad(List.of(y), List.of(x, c), null, true, false, false))
                    .hasMessage("One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.");
            assertThat(Autograd.grad(List.of(y), List.of(x, c), null, true, false, true).get(1)).isNull();
            assertThatThrownBy(() -> Autograd.grad(List.of(y), List.of(k), null, true, false, false))
                    .hasMessage("One of the differentiated Tensors does not require grad");
            assertThatThrownBy(() -> Autograd.grad(List.of(k), List.of(x), null, true, false, false))
                    .hasMessage("element 0 of tensors does not require grad and does not have a grad_fn");
        }

        @Test
        void backwardIntoChosenInputsOnly() {
            Tensor x = input(1, 2);
            Tensor y = Ops.mul(x, Tensor.constant(2));
            Tensor z = Ops.mul(y, y);
            Autograd.backward(List.of(Ops.sum(z)), null, false, false, List.of(y));
            assertThat(x.grad()).isNull();
            assertThat(values(y.grad())).containsExactly(4, 8);
        }

        @Test
        void reluAndAbsDerivativesStayInTheGraphWithCreateGraphAsPyTorchs() {
            Tensor x = input(3);
            for (Tensor y : new Tensor[] {Ops.relu(x), Ops.abs(x)}) {
                Tensor g = Autograd.grad(List.of(y), List.of(x), null, true, true, false).get(0);
                assertThat(g.requiresGrad()).isTrue();
                Tensor gg = Autograd.grad(List.of(Ops.mul(g, Tensor.constant(2))), List.of(x), null, true, false, false).get(0);
                assertThat(gg.item()).isZero();
            }
            assertThat(gradFn(Autograd.grad(List.of(Ops.relu(x)), List.of(x), null, true, true, false).get(0))).isEqualTo("ThresholdBackwardBackward0");
            // PyTorch builds these from constants: the gradient does not require grad
            for (Tensor y : new Tensor[] {Ops.max(x, null, false), Ops.clamp(x, 0.0, 5.0), Ops.maxAlong(x, 0, false, false)[0]})
                assertThat(Autograd.grad(List.of(y), List.of(x), null, true, true, false).get(0).requiresGrad()).isFalse();
        }

        @Test
        void maxAlongADimSendsTheWholeGradientToTheReturnedIndex() {
            Tensor x = Tensor.leaf(NDArray.of(new double[] {1, 5, 5, 2, 2, 0}, 2, 3), true);
            Tensor[] vi = Ops.maxAlong(x, 1, false, false);
            assertThat(values(vi[1])).containsExactly(1, 0);
            backward(Ops.sum(vi[0]));
            assertThat(values(x.grad())).containsExactly(0, 1, 0, 1, 0, 0);
            x.setGrad(null);
            backward(Ops.max(x, null, false)); // without a dim the ties share it
            assertThat(values(x.grad())).containsExactly(0, 0.5, 0.5, 0, 0, 0);
        }
    }

    @Nested
    class Undo {
        @Test
        void aFailedInputPutsBackDataGradVersionAndNode() {
            Tensor x = input(1, 2);
            Tensor y = Ops.mul(x, Tensor.constant(2));
            backward(Ops.sum(y));
            Tensor grad = x.grad();
            Op op = y.op();
            UndoLog log = UndoLog.open();
            try (Scope ignored = GradMode.noGrad()) {
                InPlace.sub(x, grad);
                InPlace.zero(grad);
            }
            InPlace.add(y, Tensor.constant(1));
            InPlace.mul(x.data(), Tensor.constant(10));
            log.rollback();
            assertThat(values(x)).containsExactly(1, 2);
            assertThat(x.version()).isZero();
            assertThat(values(grad)).containsExactly(2, 2);
            assertThat(grad.version()).isZero();
            assertThat(y.op()).isSameAs(op);
            assertThat(values(y)).containsExactly(2, 4);
            assertThat(y.version()).isZero();
        }
    }

    @Nested
    class AdvancedIndexing {
        private final Tensor x = Tensor.leaf(NDArray.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 3, 4), true);

        private Tensor ints(double... v) {
            return Tensor.constant(NDArray.vector(v), DType.INT64);
        }

        @Test
        void aBooleanMaskPicksInRowMajorOrder() {
            Tensor r = Indexing.get(x, List.of(Ops.gt(x, Tensor.constant(8))));
            assertThat(values(r)).containsExactly(9, 10, 11);
            backward(Ops.sum(r));
            assertThat(values(x.grad())).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1);
        }

        @Test
        void integerArraysBroadcastTogetherAndRepeatedIndicesAccumulate() {
            Tensor r = Indexing.get(x, List.of(ints(0, 2, 2), ints(1, 3, 3)));
            assertThat(values(r)).containsExactly(1, 11, 11);
            backward(Ops.sum(r));
            assertThat(values(x.grad())).containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
        }

        @Test
        void arraysApartGoFirstAndSlicesKeepTheirAxes() {
            Tensor r = Indexing.get(x, List.of(Index.Slice.ALL, ints(3, 0)));
            assertThat(r.shape()).containsExactly(3, 2);
            assertThat(values(r)).containsExactly(3, 0, 7, 4, 11, 8);
            Tensor cube = Tensor.constant(NDArray.arange(0, 24, 1).reshape(2, 3, 4));
            Tensor s = Indexing.get(cube, List.of(ints(1, 0), Index.Slice.ALL, ints(2, 3)));
            assertThat(s.shape()).containsExactly(2, 3);
            assertThat(values(s)).containsExactly(14, 18, 22, 3, 7, 11);
            assertThat(Indexing.get(cube, List.of(Indexing.ELLIPSIS, Indexing.NEW_AXIS, new Index.At(-1))).shape()).containsExactly(2, 3, 1);
        }

        @Test
        void outOfRangeIndicesAreIndexErrors() {
            assertThatThrownBy(() -> Indexing.get(x, List.of(ints(3)))).isInstanceOf(Indexing.IndexOutOfBounds.class)
                    .hasMessage("index 3 is out of bounds for dimension 0 with size 3");
            assertThatThrownBy(() -> Indexing.get(x, List.of(new Index.At(0), new Index.At(-5))))
                    .hasMessage("index -5 is out of bounds for dimension 1 with size 4");
            assertThatThrownBy(() -> Indexing.get(x, List.of(Ops.gt(constant(1, 2), Tensor.constant(0)))))
                    .hasMessage("The shape of the mask [2] at index 0 does not match the shape of the indexed tensor [3, 4] at index 0");
        }
    }
}
