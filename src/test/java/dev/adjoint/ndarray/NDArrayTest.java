package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.testing.Gen;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NDArrayTest {
    private static NDArray range(int... shape) {
        return NDArray.arange(0, Shapes.size(shape), 1).reshape(shape);
    }

    private static void assertValues(NDArray a, int[] shape, double... values) {
        assertThat(a.shape()).as("shape").containsExactly(shape);
        assertThat(a.toArray()).as("values").containsExactly(values);
        assertThat(Reference.values(a)).as("values through get").containsExactly(values);
    }

    @Nested
    class Construction {
        @Test
        void scalarIsZeroDimensional() {
            NDArray s = NDArray.scalar(2.5);
            assertThat(s.ndim()).isZero();
            assertThat(s.shape()).isEmpty();
            assertThat(s.size()).isEqualTo(1);
            assertThat(s.item()).isEqualTo(2.5);
            assertThat(s.get()).isEqualTo(2.5);
        }

        @Test
        void ofCopiesInRowMajorOrder() {
            double[] v = {1, 2, 3, 4, 5, 6};
            NDArray a = NDArray.of(v, 2, 3);
            v[0] = 99;
            assertThat(a.get(0, 0)).isEqualTo(1);
            assertThat(a.get(1, 0)).isEqualTo(4);
            assertThat(a.get(-1, -1)).isEqualTo(6);
            assertThat(a.dim(-1)).isEqualTo(3);
        }

        @Test
        void ofRejectsWrongCount() {
            assertThatThrownBy(() -> NDArray.of(new double[5], 2, 3)).isInstanceOf(ShapeException.class)
                    .hasMessage("5 values do not fill shape (2, 3)");
        }

        @Test
        void fullZerosOnesEye() {
            assertValues(NDArray.full(7, 2), new int[] {2}, 7, 7);
            assertValues(NDArray.zeros(2, 1), new int[] {2, 1}, 0, 0);
            assertValues(NDArray.ones(), new int[] {}, 1);
            assertValues(NDArray.eye(2, 3), new int[] {2, 3}, 1, 0, 0, 0, 1, 0);
            assertValues(NDArray.zeros(0, 3), new int[] {0, 3});
            assertThatThrownBy(() -> NDArray.zeros(2, -1)).hasMessageContaining("negative dimension in shape (2, -1)");
        }

        @Test
        void arangeLikeNumpy() {
            assertValues(NDArray.arange(0, 5, 1), new int[] {5}, 0, 1, 2, 3, 4);
            assertValues(NDArray.arange(1, 2, 0.25), new int[] {4}, 1, 1.25, 1.5, 1.75);
            assertValues(NDArray.arange(5, 0, -2), new int[] {3}, 5, 3, 1);
            assertValues(NDArray.arange(3, 0, 1), new int[] {0});
            assertThatThrownBy(() -> NDArray.arange(0, 1, 0)).hasMessage("arange step must not be zero");
        }

        @Test
        void itemAndGetErrors() {
            assertThatThrownBy(() -> NDArray.zeros(2).item()).isInstanceOf(ShapeException.class)
                    .hasMessageContaining("shape (2,)");
            assertThatThrownBy(() -> range(2, 3).get(2, 0)).hasMessage("index 2 is out of bounds for axis 0 with size 2");
            assertThatThrownBy(() -> range(2, 3).get(0)).hasMessage("1 indices for an array of 2 dimensions");
        }
    }

    @Nested
    class Views {
        @Test
        void reshapeOfCompactArraySharesTheBuffer() {
            NDArray a = range(2, 3);
            NDArray r = a.reshape(3, -1);
            assertThat(r.data).isSameAs(a.data);
            assertValues(r, new int[] {3, 2}, 0, 1, 2, 3, 4, 5);
            assertValues(a.reshape(6), new int[] {6}, 0, 1, 2, 3, 4, 5);
            assertValues(NDArray.scalar(3).reshape(1, 1), new int[] {1, 1}, 3);
            assertValues(NDArray.vector(3).reshape(), new int[] {}, 3);
        }

        @Test
        void reshapeOfNonCompactViewCopiesInLogicalOrder() {
            NDArray t = range(2, 3).permute(1, 0); // [[0,3],[1,4],[2,5]]
            assertThat(t.isCompact()).isFalse();
            NDArray r = t.reshape(6);
            assertValues(r, new int[] {6}, 0, 3, 1, 4, 2, 5);
            assertThat(r.data).isNotSameAs(t.data);

            NDArray rev = range(6).slice(0, 5, -1, -2); // [5, 3, 1]
            assertValues(rev.reshape(3, 1), new int[] {3, 1}, 5, 3, 1);

            NDArray b = NDArray.vector(1, 2).broadcastTo(3, 2);
            assertValues(b.reshape(2, 3), new int[] {2, 3}, 1, 2, 1, 2, 1, 2);

            NDArray row = range(3, 4).index(0, 1); // a compact view with an offset
            assertValues(row.reshape(2, 2), new int[] {2, 2}, 4, 5, 6, 7);
        }

        @Test
        void reshapeErrorsNameShapes() {
            assertThatThrownBy(() -> range(2, 3).reshape(4, 2)).isInstanceOf(ShapeException.class)
                    .hasMessage("cannot reshape array of shape (2, 3) (size 6) into shape (4, 2)");
            assertThatThrownBy(() -> range(2, 3).reshape(-1, -1)).hasMessage("only one dimension can be inferred"); // PyTorch's words
            assertThatThrownBy(() -> range(2, 3).reshape(4, -1)).hasMessageContaining("into shape (4, -1)");
        }

        @Test
        void permuteSwapsStridesWithoutCopying() {
            NDArray a = range(2, 3, 4);
            NDArray p = a.permute(2, 0, 1);
            assertThat(p.data).isSameAs(a.data);
            assertThat(p.shape()).containsExactly(4, 2, 3);
            assertThat(p.strides).containsExactly(1, 12, 4);
            for (int[] idx : Reference.indices(p.shape())) assertThat(p.get(idx)).isEqualTo(a.get(idx[1], idx[2], idx[0]));
            assertValues(range(2, 3).permute(-1, 0), new int[] {3, 2}, 0, 3, 1, 4, 2, 5);
            assertValues(range(2, 3).swapAxes(0, -1), new int[] {3, 2}, 0, 3, 1, 4, 2, 5);
            assertThatThrownBy(() -> a.permute(0, 0, 1)).hasMessage("axis 0 is repeated in permute");
            assertThatThrownBy(() -> a.permute(0, 1)).hasMessage("permute needs 3 axes for shape (2, 3, 4), got 2");
        }

        @Test
        void broadcastToUsesZeroStrides() {
            NDArray col = NDArray.of(new double[] {1, 2, 3}, 3, 1);
            NDArray b = col.broadcastTo(2, 3, 4);
            assertThat(b.data).isSameAs(col.data);
            assertThat(b.strides).containsExactly(0, 1, 0);
            assertValues(b, new int[] {2, 3, 4}, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3);
            assertValues(NDArray.scalar(5).broadcastTo(2), new int[] {2}, 5, 5);
            assertThat(col.broadcastTo(3, 1)).isSameAs(col);
            assertThatThrownBy(() -> col.broadcastTo(2, 4)).isInstanceOf(ShapeException.class)
                    .hasMessage("cannot broadcast shape (3, 1) to (2, 4)");
            assertThatThrownBy(() -> col.broadcastTo(3)).hasMessage("cannot broadcast shape (3, 1) to (3,)");
        }

        @Test
        void sliceWithPositiveAndNegativeSteps() {
            NDArray v = range(6);
            assertValues(v.slice(0, 1, 5, 2), new int[] {2}, 1, 3);
            assertValues(v.slice(0, 1, 6, 2), new int[] {3}, 1, 3, 5);
            assertValues(v.slice(0, 5, -1, -1), new int[] {6}, 5, 4, 3, 2, 1, 0); // v[::-1]
            assertValues(v.slice(0, 5, -1, -2), new int[] {3}, 5, 3, 1);          // v[::-2]
            assertValues(v.slice(0, 4, 0, -3), new int[] {2}, 4, 1);              // v[4:0:-3]
            assertValues(v.slice(0, 3, 3, 1), new int[] {0});
            assertValues(v.slice(0, 2, 4, -1), new int[] {0});
            NDArray m = range(3, 4);
            assertValues(m.slice(1, 3, -1, -1), new int[] {3, 4}, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8);
            assertValues(m.slice(0, 2, -1, -2).slice(1, 1, 4, 2), new int[] {2, 2}, 9, 11, 1, 3);
            assertThatThrownBy(() -> v.slice(0, 0, 1, 0)).hasMessage("slice step cannot be zero");
        }

        @Test
        void indexDropsTheAxis() {
            NDArray m = range(2, 3, 4);
            assertValues(m.index(0, 1), new int[] {3, 4}, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
            assertValues(m.index(1, -1), new int[] {2, 4}, 8, 9, 10, 11, 20, 21, 22, 23);
            assertValues(m.index(2, 0).index(0, 1), new int[] {3}, 12, 16, 20);
            assertValues(range(3).index(0, 2), new int[] {}, 2);
            assertThatThrownBy(() -> m.index(1, 3)).hasMessage("index 3 is out of bounds for axis 1 with size 3");
            assertThatThrownBy(() -> m.index(3, 0)).hasMessage("axis 3 is out of range for an array of 3 dimensions");
        }

        @Test
        void viewsOfViewsAndCompact() {
            NDArray a = range(4, 5).slice(0, 3, -1, -1).permute(1, 0).slice(0, 1, 5, 2);
            double[] expected = Reference.values(a);
            NDArray c = a.compact();
            assertThat(c.isCompact()).isTrue();
            assertThat(c.toArray()).containsExactly(expected);
            assertThat(c.compact()).isSameAs(c);
            assertThat(a).isEqualTo(c);
            assertThat(a.hashCode()).isEqualTo(c.hashCode());
        }
    }

    @Nested
    class Elementwise {
        @Test
        void broadcastColumnWithRow() {
            NDArray col = NDArray.of(new double[] {1, 2, 3}, 3, 1), row = NDArray.of(new double[] {10, 20, 30, 40}, 1, 4);
            assertValues(col.add(row), new int[] {3, 4}, 11, 21, 31, 41, 12, 22, 32, 42, 13, 23, 33, 43);
            assertValues(row.sub(col), new int[] {3, 4}, 9, 19, 29, 39, 8, 18, 28, 38, 7, 17, 27, 37);
        }

        @Test
        void broadcastTrailingVector() {
            NDArray a = range(2, 3, 4), v = NDArray.vector(1, 10, 100, 1000);
            assertThat(a.mul(v)).isEqualTo(Reference.zip(a, v, (x, y) -> x * y));
            assertThat(v.div(a.add(NDArray.scalar(1)))).isEqualTo(Reference.zip(v, a.add(1), (x, y) -> x / y));
        }

        @Test
        void randomBroadcastPairsMatchTheReference() {
            for (int seed = 0; seed < 40; seed++) {
                Gen g = new Gen(seed);
                int[][] s = g.broadcastPair(4, 3);
                NDArray a = g.array(s[0]), b = g.arrayIn(0.5, 2, s[1]);
                String msg = "seed " + seed + " " + Shapes.str(s[0]) + " op " + Shapes.str(s[1]);
                assertThat(a.add(b)).as(msg).isEqualTo(Reference.zip(a, b, Double::sum));
                assertThat(a.sub(b)).as(msg).isEqualTo(Reference.zip(a, b, (x, y) -> x - y));
                assertThat(a.mul(b)).as(msg).isEqualTo(Reference.zip(a, b, (x, y) -> x * y));
                assertThat(a.div(b)).as(msg).isEqualTo(Reference.zip(a, b, (x, y) -> x / y));
                assertThat(b.pow(a)).as(msg).isEqualTo(Reference.zip(b, a, Math::pow));
                assertThat(a.maximum(b.neg())).as(msg).isEqualTo(Reference.zip(a, b.neg(), Math::max));
            }
        }

        /** An array of shape s laid out at random: transposed, reversed along an axis, every other element of a longer axis. */
        private NDArray view(Gen g, int[] s) {
            int d = s.length == 0 ? -1 : g.intIn(0, s.length - 1);
            switch (d < 0 ? 0 : g.intIn(0, 3)) {
                case 1 -> { // every other element along axis d
                    int[] big = s.clone();
                    big[d] = 2 * s[d];
                    return g.array(big).slice(d, 1, 2 * s[d], 2);
                }
                case 2 -> { // reversed along axis d
                    return g.array(s).slice(d, s[d] - 1, -1, -1);
                }
                case 3 -> { // transposed: the axes of a reversed-shape array, reversed
                    int n = s.length;
                    int[] rev = new int[n], perm = new int[n];
                    for (int i = 0; i < n; i++) {
                        rev[i] = s[n - 1 - i];
                        perm[i] = n - 1 - i;
                    }
                    return g.array(rev).permute(perm);
                }
                default -> {
                    return g.array(s);
                }
            }
        }

        @Test
        void randomLayoutsAndBroadcastsMatchTheReferenceBitForBit() {
            for (int seed = 0; seed < 200; seed++) {
                Gen g = new Gen(seed);
                int[][] s = g.broadcastPair(4, 4);
                NDArray a = view(g, s[0]), b = view(g, s[1]).map(v -> v * v + 0.5); // no zeros to divide by
                String msg = "seed " + seed + " " + Shapes.str(s[0]) + " op " + Shapes.str(s[1]);
                assertThat(a.add(b)).as(msg).isEqualTo(Reference.zip(a, b, Double::sum));
                assertThat(b.sub(a)).as(msg).isEqualTo(Reference.zip(b, a, (x, y) -> x - y));
                assertThat(a.mul(b)).as(msg).isEqualTo(Reference.zip(a, b, (x, y) -> x * y));
                assertThat(a.div(b)).as(msg).isEqualTo(Reference.zip(a, b, (x, y) -> x / y));
                assertThat(a.zip(b, Math::atan2)).as(msg).isEqualTo(Reference.zip(a, b, Math::atan2));
                NDArray wide = a.broadcastTo(Shapes.broadcast(s[0], s[1]));
                assertThat(wide.compact().toArray()).as(msg).containsExactly(Reference.values(wide));
                assertThat(wide.map(Math::sin).toArray()).as(msg).containsExactly(java.util.Arrays.stream(Reference.values(wide)).map(Math::sin).toArray());
                int[] axes = g.axes(a.ndim());
                assertThat(a.sum(axes, false).allClose(Reference.reduce(a, axes, false, false), 1e-12, 1e-12)).as(msg).isTrue();
                assertThat(a.max(axes, true)).as(msg).isEqualTo(Reference.reduce(a, axes, true, true));
            }
        }

        @Test
        void nonCompactOperands() {
            NDArray t = range(3, 4).permute(1, 0);                 // (4, 3), transposed strides
            NDArray r = range(3).slice(0, 2, -1, -1);              // (3,), negative stride
            NDArray b = NDArray.vector(1, 2, 3, 4).reshape(4, 1).broadcastTo(4, 3); // stride 0
            assertThat(t.add(r)).isEqualTo(Reference.zip(t, r, Double::sum));
            assertThat(t.mul(b)).isEqualTo(Reference.zip(t, b, (x, y) -> x * y));
            assertThat(t.map(x -> x * 2).toArray()).containsExactly(0, 8, 16, 2, 10, 18, 4, 12, 20, 6, 14, 22);
        }

        @Test
        void scalarsAndScalarConstants() {
            assertValues(NDArray.scalar(2).add(NDArray.scalar(3)), new int[] {}, 5);
            assertValues(NDArray.scalar(2).mul(range(3)), new int[] {3}, 0, 2, 4);
            assertValues(range(3).add(1).mul(2).pow(2), new int[] {3}, 4, 16, 36);
            assertValues(range(3).pow(0.5), new int[] {3}, 0, 1, Math.sqrt(2));
            assertValues(range(2).neg(), new int[] {2}, -0.0, -1);
        }

        @Test
        void broadcastErrorNamesBothShapes() {
            assertThatThrownBy(() -> range(2).add(range(3))).isInstanceOf(ShapeException.class)
                    .hasMessage("shapes (2,) and (3,) cannot be broadcast together");
            assertThatThrownBy(() -> range(2, 3).mul(range(3, 2))).hasMessage("shapes (2, 3) and (3, 2) cannot be broadcast together");
        }
    }

    @Nested
    class Reductions {
        @Test
        void sumAndMaxOverSingleMultipleAndNegativeAxes() {
            NDArray a = range(2, 3, 4).map(v -> (v * 7) % 11 - 5);
            int[][] cases = {null, {}, {0}, {1}, {2}, {-1}, {-3}, {0, 2}, {2, 0}, {-1, 0}, {0, 1, 2}, {1, -1}};
            for (int[] axes : cases)
                for (boolean keep : new boolean[] {false, true}) {
                    String msg = java.util.Arrays.toString(axes) + " keepdims=" + keep;
                    assertThat(a.sum(axes, keep)).as("sum " + msg).isEqualTo(Reference.reduce(a, axes, keep, false));
                    assertThat(a.max(axes, keep)).as("max " + msg).isEqualTo(Reference.reduce(a, axes, keep, true));
                }
        }

        @Test
        void reductionsOfViewsAndRandomShapes() {
            for (int seed = 0; seed < 30; seed++) {
                Gen g = new Gen(seed);
                int[] s = g.shape(0, 4, 4);
                NDArray a = g.array(s);
                if (s.length >= 2 && g.coin()) a = a.swapAxes(0, -1);
                int[] axes = g.axes(a.ndim());
                boolean keep = g.coin();
                NDArray sum = a.sum(axes, keep), ref = Reference.reduce(a, axes, keep, false);
                assertThat(sum.allClose(ref, 1e-12, 1e-12)).as("seed " + seed + ": " + sum + " vs " + ref).isTrue();
                assertThat(a.max(axes, keep)).as("seed " + seed).isEqualTo(Reference.reduce(a, axes, keep, true));
            }
        }

        @Test
        void shapesOfReductions() {
            NDArray a = range(2, 3, 4);
            assertThat(a.sum(new int[] {1}, false).shape()).containsExactly(2, 4);
            assertThat(a.sum(new int[] {1}, true).shape()).containsExactly(2, 1, 4);
            assertThat(a.sum(null, false).shape()).isEmpty();
            assertThat(a.sum(null, true).shape()).containsExactly(1, 1, 1);
            assertThat(a.sum(null, false).item()).isEqualTo(276);
            assertThat(a.sumAll()).isEqualTo(276);
            assertThat(NDArray.scalar(4).sum(null, false).item()).isEqualTo(4);
            assertThat(NDArray.zeros(0, 3).sum(new int[] {0}, false)).isEqualTo(NDArray.zeros(3));
        }

        @Test
        void reductionErrors() {
            assertThatThrownBy(() -> range(2, 3).sum(new int[] {2}, false)).hasMessage("axis 2 is out of range for an array of 2 dimensions");
            assertThatThrownBy(() -> range(2, 3).sum(new int[] {1, -1}, false)).hasMessage("axis 1 is repeated");
            assertThatThrownBy(() -> NDArray.zeros(0, 3).max(new int[] {0}, false)).hasMessageContaining("empty axis 0");
        }

        @Test
        void maxPropagatesNaN() {
            assertThat(NDArray.vector(1, Double.NaN, 3).max(null, false).item()).isNaN();
            assertThat(NDArray.vector(Double.NEGATIVE_INFINITY).max(null, false).item()).isEqualTo(Double.NEGATIVE_INFINITY);
        }

        @Test
        void argmaxFirstOnTies() {
            NDArray a = NDArray.of(new double[] {1, 5, 5, 0, 7, 2, 7, 7}, 2, 4);
            assertValues(a.argmax(1), new int[] {2}, 1, 0);
            assertValues(a.argmax(-1), new int[] {2}, 1, 0);
            assertValues(a.argmax(0), new int[] {4}, 1, 0, 1, 1);
            assertValues(NDArray.vector(3, 9, 2).argmax(0), new int[] {}, 1);
            assertValues(a.permute(1, 0).argmax(1), new int[] {4}, 1, 0, 1, 1);
        }
    }

    @Nested
    class MatMul {
        static final int[][][] CASES = {
            {{3, 4}, {4, 2}}, {{4}, {4, 2}}, {{3, 4}, {4}}, {{4}, {4}}, {{2, 1, 3, 4}, {5, 4, 2}},
            {{2, 3, 4}, {4}}, {{4}, {2, 4, 3}}, {{5, 4, 2}, {2, 3}}, {{1, 1}, {1, 1}}, {{2, 3, 4}, {2, 4, 5}},
            {{3, 1, 2, 3}, {1, 2, 3, 2}}, {{1, 5}, {5, 1}}, {{0, 3}, {3, 2}}, {{2, 0}, {0, 3}}};

        @Test
        void allShapeCasesMatchTheTripleLoop() {
            int seed = 0;
            for (int[][] c : CASES) {
                Gen g = new Gen(seed++);
                NDArray a = g.array(c[0]), b = g.array(c[1]);
                NDArray got = a.matmul(b), want = Reference.matmul(a, b);
                assertThat(got.shape()).as(Shapes.str(c[0]) + " @ " + Shapes.str(c[1])).containsExactly(want.shape());
                assertThat(got.allClose(want, 1e-12, 1e-12)).as(Shapes.str(c[0]) + " @ " + Shapes.str(c[1])).isTrue();
            }
        }

        @Test
        void resultShapesFollowNumpy() {
            assertThat(NDArray.zeros(4).matmul(NDArray.zeros(4)).shape()).isEmpty();
            assertThat(NDArray.zeros(4).matmul(NDArray.zeros(4, 2)).shape()).containsExactly(2);
            assertThat(NDArray.zeros(3, 4).matmul(NDArray.zeros(4)).shape()).containsExactly(3);
            assertThat(NDArray.zeros(2, 1, 3, 4).matmul(NDArray.zeros(5, 4, 2)).shape()).containsExactly(2, 5, 3, 2);
            assertThat(NDArray.zeros(4).matmul(NDArray.zeros(2, 4, 3)).shape()).containsExactly(2, 3);
            assertThat(NDArray.zeros(2, 3, 4).matmul(NDArray.zeros(4)).shape()).containsExactly(2, 3);
        }

        @Test
        void randomShapesMatchTheTripleLoop() {
            for (int seed = 0; seed < 30; seed++) {
                Gen g = new Gen(seed);
                int m = g.intIn(1, 6), k = g.intIn(1, 6), n = g.intIn(1, 6);
                int[][] batch = g.broadcastPair(2, 3);
                NDArray a = g.array(cat(batch[0], m, k)), b = g.array(cat(batch[1], k, n));
                assertThat(a.matmul(b).allClose(Reference.matmul(a, b), 1e-12, 1e-12)).as("seed " + seed).isTrue();
            }
        }

        @Test
        void transposedAndOtherNonCompactViews() {
            Gen g = new Gen(99);
            NDArray a = g.array(5, 3), b = g.array(4, 5);
            NDArray at = a.permute(1, 0), bt = b.permute(1, 0); // (3,5) and (5,4), non-compact
            assertThat(at.isCompact()).isFalse();
            assertThat(at.matmul(bt).allClose(Reference.matmul(at, bt), 1e-12, 1e-12)).isTrue();
            assertThat(at.matmul(bt).allClose(at.compact().matmul(bt.compact()), 0, 0)).isTrue();
            NDArray rev = g.array(6, 3).slice(0, 5, -1, -1).slice(1, 2, -1, -1); // both axes reversed
            assertThat(rev.matmul(at).allClose(Reference.matmul(rev, at), 1e-12, 1e-12)).isTrue();
            NDArray bc = g.array(3, 1).broadcastTo(3, 5); // stride-0 columns
            assertThat(bc.matmul(bt).allClose(Reference.matmul(bc, bt), 1e-12, 1e-12)).isTrue();
            NDArray batchT = g.array(2, 4, 3).permute(0, 2, 1);
            assertThat(batchT.matmul(bt.slice(0, 0, 4, 1)).allClose(Reference.matmul(batchT, bt.slice(0, 0, 4, 1)), 1e-12, 1e-12)).isTrue();
        }

        @Test
        void shapeErrorsNameBothShapes() {
            assertThatThrownBy(() -> NDArray.zeros(2, 3).matmul(NDArray.zeros(4, 5))).isInstanceOf(ShapeException.class)
                    .hasMessageContaining("(2, 3)").hasMessageContaining("(4, 5)");
            assertThatThrownBy(() -> NDArray.zeros(3).matmul(NDArray.zeros(4))).hasMessageContaining("(3,)").hasMessageContaining("(4,)");
            assertThatThrownBy(() -> NDArray.zeros(2, 2, 3).matmul(NDArray.zeros(3, 3, 1)))
                    .hasMessage("matmul batch dimensions of shapes (2, 2, 3) and (3, 3, 1) cannot be broadcast together");
            assertThatThrownBy(() -> NDArray.scalar(1).matmul(NDArray.zeros(3))).hasMessageContaining("()").hasMessageContaining("(3,)");
        }

        private int[] cat(int[] head, int x, int y) {
            int[] r = java.util.Arrays.copyOf(head, head.length + 2);
            r[head.length] = x;
            r[head.length + 1] = y;
            return r;
        }
    }

    @Nested
    class Joining {
        @Test
        void stackAlongNewAxes() {
            NDArray a = range(2, 3), b = range(2, 3).add(10);
            assertValues(NDArray.stack(new NDArray[] {a, b}, 0), new int[] {2, 2, 3}, 0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15);
            assertValues(NDArray.stack(new NDArray[] {a, b}, 1), new int[] {2, 2, 3}, 0, 1, 2, 10, 11, 12, 3, 4, 5, 13, 14, 15);
            assertValues(NDArray.stack(new NDArray[] {a, b}, -1), new int[] {2, 3, 2}, 0, 10, 1, 11, 2, 12, 3, 13, 4, 14, 5, 15);
            assertValues(NDArray.stack(new NDArray[] {NDArray.scalar(1), NDArray.scalar(2)}, 0), new int[] {2}, 1, 2);
            assertThatThrownBy(() -> NDArray.stack(new NDArray[] {a, range(3, 2)}, 0))
                    .hasMessage("stack needs arrays of one shape, got (2, 3) and (3, 2)");
        }

        @Test
        void concatenateAlongExistingAxes() {
            NDArray a = range(2, 2), b = range(2, 3).add(10);
            assertValues(NDArray.concatenate(new NDArray[] {a, b}, 1), new int[] {2, 5}, 0, 1, 10, 11, 12, 2, 3, 13, 14, 15);
            assertValues(NDArray.concatenate(new NDArray[] {a, a.permute(1, 0)}, 0), new int[] {4, 2}, 0, 1, 2, 3, 0, 2, 1, 3);
            assertThatThrownBy(() -> NDArray.concatenate(new NDArray[] {a, b}, 0))
                    .hasMessage("concat along axis 0 needs other axes to match, got (2, 2) and (2, 3)");
            assertThatThrownBy(() -> NDArray.concatenate(new NDArray[] {NDArray.scalar(1)}, 0))
                    .hasMessage("zero-dimensional arrays cannot be concatenated");
        }
    }
}
