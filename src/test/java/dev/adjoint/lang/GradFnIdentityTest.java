package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backward node is one object for its life ({@link GradFn#of}), kept by the node: every read
 * gives it, next_functions give the inputs' own, an in-place change moves it with the node it was,
 * and it neither outlives its node nor keeps a graph alive once neither is reachable. What Python
 * sees of it (is, metadata, hooks, saved values) is checked against PyTorch 1.13 by the
 * conformance programs 900-908.
 */
class GradFnIdentityTest {
    private static Tensor leaf(double... v) {
        return Tensor.leaf(NDArray.of(v, v.length), true);
    }

    private static GradFn first(GradFn g) {
        return (GradFn) ((List<?>) g.nextFunctions().get(0)).get(0);
    }

    @Test
    void everyReadOfANodeGivesTheSameObject() {
        Tensor a = leaf(1, 2), b = leaf(3, 4);
        Tensor y = Ops.mul(a, b), z = Ops.exp(y);
        assertThat(GradFn.of(y)).isSameAs(GradFn.of(y));
        assertThat(first(GradFn.of(z))).isSameAs(GradFn.of(y));
        assertThat(first(GradFn.of(y))).isSameAs(GradFn.of(a)).isSameAs(first(GradFn.of(Ops.add(a, b))));
        assertThat(first(GradFn.of(y)).className()).isEqualTo("AccumulateGrad");
    }

    @Test
    void anInPlaceChangeLeavesTheOldObjectWithTheOldNode() {
        Tensor a = leaf(1, 2);
        Tensor y = Ops.mul(a, a), later = Ops.exp(y);
        GradFn before = GradFn.of(y);
        InPlace.exp(y);
        assertThat(GradFn.of(y)).isNotSameAs(before);
        assertThat(GradFn.of(y).className()).isEqualTo("ExpBackward0");
        assertThat(before.className()).isEqualTo("MulBackward0");
        assertThat(before.node()).isNotSameAs(y);
        assertThat(first(GradFn.of(y))).isSameAs(before);
        assertThat(first(GradFn.of(later))).isSameAs(before); // a node made before the change still meets the old one
    }

    /** Made in a method of its own, so that nothing on the test's stack holds them. */
    private static WeakReference<?>[] graphWithItsNodeObject() {
        Tensor a = leaf(1, 2, 3);
        Tensor y = Ops.sin(Ops.mul(a, a));
        GradFn g = GradFn.of(y);
        first(g); // the input's object too
        return new WeakReference<?>[] {new WeakReference<>(y), new WeakReference<>(g), new WeakReference<>(first(g).node())};
    }

    @Test
    void aNodeObjectDoesNotKeepItsGraphAliveOnceNeitherIsReachable() throws InterruptedException {
        WeakReference<?>[] refs = graphWithItsNodeObject();
        for (int i = 0; i < 50 && (refs[0].get() != null || refs[1].get() != null || refs[2].get() != null); i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(refs[0].get()).as("the output node").isNull();
        assertThat(refs[1].get()).as("its grad_fn object").isNull();
        assertThat(refs[2].get()).as("the node before it").isNull();
    }

    @Test
    void aHeldNodeObjectKeepsItsNodeAsPyTorchsGradFnKeepsTheGraph() {
        Tensor a = leaf(1, 2);
        GradFn g = GradFn.of(Ops.mul(a, a));
        System.gc();
        assertThat(g.node().op()).isNotNull();
        assertThat(first(g)).isSameAs(GradFn.of(a));
    }
}
