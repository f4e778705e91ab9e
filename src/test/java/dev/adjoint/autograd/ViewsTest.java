package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.op.InPlace;
import dev.adjoint.autograd.op.Indexing;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.testing.Gen;
import dev.adjoint.testing.GradCheck;
import dev.adjoint.undo.UndoLog;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's views (x[0], x.t(), x.view(...), ...): they share their base's data and version, and
 * in-place changes through them reach the base's gradient (CopySlices). Expectations were checked
 * against PyTorch 1.13; gradients against central differences.
 */
class ViewsTest {
    private static Tensor matrix(boolean requiresGrad) {
        return Tensor.leaf(NDArray.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3), requiresGrad);
    }

    private static Tensor row(Tensor x, int i) {
        return Views.of(x, y -> Indexing.get(y, List.of(new Index.At(i))));
    }

    private static Tensor column(Tensor x, int j) {
        return Views.of(x, y -> Indexing.get(y, List.of(Index.Slice.ALL, new Index.At(j))));
    }

    @Test
    void aChangeThroughEitherIsSeenByBothAndTheVersionIsShared() {
        Tensor x = matrix(false);
        Tensor r = row(x, 0), c = column(x, 1), t = Views.of(x, Ops::t);
        InPlace.add(x, Tensor.constant(1));
        assertThat(r.value().toArray()).containsExactly(1, 2, 3);
        assertThat(t.value().toArray()).containsExactly(1, 4, 2, 5, 3, 6);
        InPlace.mul(r, Tensor.constant(10));
        InPlace.zero(c);
        assertThat(x.value().toArray()).containsExactly(10, 0, 30, 4, 0, 6);
        assertThat(t.value().toArray()).containsExactly(10, 4, 0, 0, 30, 6);
        assertThat(List.of(x.version(), r.version(), c.version(), t.version())).containsOnly(3);
    }

    @Test
    void contiguityAndWhetherAReshapeCanBeAView() {
        Tensor x = matrix(false);
        Tensor t = Views.of(x, Ops::t);
        assertThat(Views.isContiguous(x)).isTrue();
        assertThat(Views.isContiguous(row(x, 1))).isTrue();
        assertThat(Views.isContiguous(column(x, 1))).isFalse();
        assertThat(Views.isContiguous(t)).isFalse();
        assertThat(Views.canReshapeAsView(t, y -> Ops.view(y, 6))).isFalse();
        assertThat(Views.canReshapeAsView(t, y -> Ops.view(y, 3, 1, 2))).isTrue();
        assertThat(Views.base(row(t, 1))).isSameAs(x);
    }

    @Test
    void writesThatOverlapAndInPlaceChangesOfViewsOfLeavesAreRefused() {
        Tensor e = Views.of(Tensor.constant(NDArray.vector(1, 2, 3)), y -> Ops.expand(y, 2, 3));
        assertThatThrownBy(() -> InPlace.add(e, Tensor.constant(1))).hasMessageStartingWith("unsupported operation: more than one element");
        Tensor w = matrix(true);
        assertThatThrownBy(() -> InPlace.mul(row(w, 0), Tensor.constant(2)))
                .hasMessage("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        try (Scope ignored = GradMode.noGrad()) {
            InPlace.mul(row(w, 0), Tensor.constant(2));
        }
        assertThat(w.value().toArray()).containsExactly(0, 2, 4, 3, 4, 5);
    }

    @Test
    void theBaseRecordsCopySlicesAndAStaleViewFollowsItsBase() {
        Tensor a = Tensor.leaf(NDArray.vector(1, 2, 3), true);
        Tensor b = Ops.clone(a);
        Tensor s = Views.of(b, y -> Indexing.get(y, List.of(new Index.Slice(0, 2, null))));
        InPlace.mul(s, Tensor.constant(3));
        assertThat(b.op().torchName(b)).isEqualTo("CopySlices");
        assertThat(s.op().torchName(s)).isEqualTo("AsStridedBackward0");
        Autograd.backward(List.of(Ops.sum(b)), null, false, false, null);
        assertThat(a.grad().value().toArray()).containsExactly(3, 3, 1);

        Tensor c = Ops.mul(a, Tensor.constant(1));
        Tensor v = Views.of(c, y -> Indexing.get(y, List.of(new Index.Slice(1, null, null))));
        InPlace.mul(c, Tensor.constant(2));
        v.syncView();
        a.setGrad(null);
        Autograd.backward(List.of(Ops.sum(Ops.mul(v, v))), null, false, false, null);
        assertThat(a.grad().value().toArray()).containsExactly(0, 16, 24); // d/da of (2a)^2 on the viewed entries
    }

    @Test
    void aFailedInputPutsBackAChangeMadeThroughAView() {
        Tensor x = matrix(false);
        Tensor r = row(x, 1);
        UndoLog log = UndoLog.open();
        InPlace.fill(r, 7);
        log.rollback();
        assertThat(x.value().toArray()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(r.value().toArray()).containsExactly(3, 4, 5);
        assertThat(x.version()).isZero();
    }

    /** Random programs that change a copy of x in place through a random view, checked against central differences. */
    @Test
    void gradientsThroughInPlaceChangesOfViewsMatchCentralDifferences() {
        List<UnaryOperator<Tensor>> views = List.of(
                y -> Indexing.get(y, List.of(new Index.At(1))),
                y -> Indexing.get(y, List.of(Index.Slice.ALL, new Index.Slice(1, 3, null))),
                Ops::t,
                y -> Ops.view(y, 6),
                y -> Ops.unsqueeze(Ops.transpose(y, 0, 1), 0));
        for (long seed = 1; seed <= 40; seed++) {
            Gen gen = new Gen(seed);
            UnaryOperator<Tensor> view = views.get(gen.intIn(0, views.size() - 1));
            UnaryOperator<Tensor> second = views.get(gen.intIn(0, views.size() - 1));
            int change = gen.intIn(0, 2);
            GradCheck.check(gen, "in place through a view", xs -> {
                Tensor b = Ops.mul(xs[0], Tensor.constant(1));
                Tensor v = Views.of(b, view);
                Tensor other = Ops.sin(Ops.mul(xs[1], Tensor.constant(1)));
                Tensor w = Views.of(other, view);
                switch (change) {
                    case 0 -> InPlace.mul(v, w);
                    case 1 -> InPlace.add(v, Ops.mul(w, w));
                    default -> InPlace.copy(v, Ops.exp(w));
                }
                Tensor u = Views.of(b, second); // made after the change, and used after another one
                InPlace.mul(b, Ops.cos(xs[0]));
                u.syncView(); // as the language does where a user's tensor becomes an operand
                return Ops.add(Ops.mul(b, b), Ops.sumToShape(Ops.mul(u, u), new int[] {}));
            }, gen.arrayIn(-1, 1, 2, 3), gen.arrayIn(-1, 1, 2, 3));
        }
    }

    /**
     * Random programs that lay a copy of x out anew in place (t_, transpose_, unsqueeze_, squeeze_),
     * with a view made before and one after, change it through the later view and then as a whole,
     * checked against central differences and forward mode.
     */
    @Test
    void gradientsThroughInPlaceViewOpsMatchCentralDifferences() {
        List<UnaryOperator<Tensor>> layouts = List.of(
                InPlace::t,
                y -> InPlace.transpose(y, 1, 0),
                y -> InPlace.unsqueeze(y, 1),
                y -> InPlace.squeeze(InPlace.unsqueeze(y, 0), null));
        for (long seed = 1; seed <= 24; seed++) {
            Gen gen = new Gen(seed);
            UnaryOperator<Tensor> layout = layouts.get(gen.intIn(0, layouts.size() - 1));
            boolean viewFirst = gen.intIn(0, 1) == 1;
            GradCheck.check(gen, "in place: a new layout", xs -> {
                Tensor b = Ops.mul(xs[0], Tensor.constant(1));
                Tensor flat = Views.of(b, y -> Ops.view(y, 6)); // made before the new layout: same storage
                layout.apply(viewFirst ? Views.of(b, y -> Ops.view(y, 2, 3)) : b);
                Tensor last = Views.of(b, y -> Indexing.get(y, List.of(new Index.At(-1))));
                InPlace.mul(last, Ops.sin(Ops.sum(xs[1])));
                InPlace.mul(b, Ops.cos(Ops.sum(xs[1])));
                flat.syncView(); // as the language does where a user's tensor becomes an operand
                return Ops.add(Ops.sum(Ops.mul(b, b)), Ops.sum(Ops.mul(flat, Ops.exp(Ops.view(xs[0], 6)))));
            }, gen.arrayIn(-1, 1, 2, 3), gen.arrayIn(-1, 1, 2));
        }
    }

    @Test
    void anInPlaceViewOpKeepsTheStorageOfViewsAndAliasesMadeBefore() {
        // torch: d = torch.arange(6.).view(2, 3).clone(); e = d.detach(); r = d.view(6); d.t_(); d[0, 1] = 100
        // -> e == [[0, 1, 2], [100, 4, 5]], r == [0, 1, 2, 100, 4, 5], d.stride() == (1, 3), d._base None, version 2
        Tensor d = matrix(false);
        Tensor e = d.detach(), r = Views.of(d, y -> Ops.view(y, 6));
        InPlace.t(d);
        Indexing.set(d, List.of(new Index.At(0), new Index.At(1)), Tensor.constant(100));
        assertThat(e.value().toArray()).containsExactly(0, 1, 2, 100, 4, 5);
        assertThat(e.shape()).containsExactly(2, 3);
        assertThat(r.value().toArray()).containsExactly(0, 1, 2, 100, 4, 5);
        assertThat(d.value().toArray()).containsExactly(0, 100, 1, 4, 2, 5);
        assertThat(Views.strides(d)).containsExactly(1, 3);
        assertThat(Views.base(d)).isNull();
        assertThat(List.of(d.version(), e.version())).containsOnly(2);
    }

    @Test
    void aViewCannotBeDetachedInPlaceButItsDataCan() {
        // torch: torch.ones(2, 2)[0].detach_() -> RuntimeError: Can't detach views in-place. Use detach() instead. ...; x[0].data.detach_() is fine
        Tensor x = matrix(false);
        assertThatThrownBy(() -> row(x, 0).detachInPlace()).isInstanceOf(AutogradException.class).hasMessageStartingWith("Can't detach views in-place.");
        row(x, 0).data().detachInPlace();
        row(x, 0).detach().detachInPlace();
    }
}
