package dev.adjoint.ndarray;

/**
 * The dimensions of a reduction as PyTorch's TensorIterator leaves them: the reduced ones first,
 * then by growing stride, neighbours that are linear in each other merged, and at least two.
 * Sizes, input strides and output strides (0 on a reduced dimension) in elements; dimension 0 is
 * the fastest. Its order of the elements is the order PyTorch adds them up in.
 */
final class ReductionDims {
    int n;
    final int[] size, in, out;

    private ReductionDims(int capacity) {
        size = new int[capacity];
        in = new int[capacity];
        out = new int[capacity];
    }

    static ReductionDims of(NDArray a, int[] axes) {
        int nd = a.shape.length;
        boolean[] reduced = new boolean[nd];
        for (int ax : axes) reduced[ax] = true;
        int[] outStride = new int[nd];
        for (int d = nd - 1, acc = 1; d >= 0; d--)
            if (!reduced[d]) {
                outStride[d] = acc;
                acc *= a.shape[d];
            }
        // size-1 axes are merged away in the end; leaving them out first gives the same order
        ReductionDims all = new ReductionDims(Math.max(2, nd));
        for (int d = nd - 1; d >= 0; d--) { // TensorIterator starts from the last axis
            if (a.shape[d] == 1) continue;
            all.size[all.n] = a.shape[d];
            all.in[all.n] = a.strides[d];
            all.out[all.n] = outStride[d];
            all.n++;
        }
        all.sort();
        all.coalesce();
        for (; all.n < 2; all.n++) { // the 2-d loop's missing dimensions have size 1
            all.size[all.n] = 1;
            all.in[all.n] = 0;
            all.out[all.n] = 0;
        }
        return all;
    }

    /** TensorIterator's insertion sort; a comparison may be undecided (0), which keeps looking further left. */
    private void sort() {
        for (int i = 1; i < n; i++) {
            int d1 = i;
            for (int d0 = i - 1; d0 >= 0; d0--) {
                int c = order(d0, d1);
                if (c > 0) {
                    swap(d0, d1);
                    d1 = d0;
                } else if (c < 0) break;
            }
        }
    }

    /** Reduced dimensions first; then the smaller output stride, then the smaller input stride; 0 strides say nothing. */
    private int order(int d0, int d1) {
        if ((out[d0] == 0) != (out[d1] == 0)) return out[d1] == 0 ? 1 : -1;
        for (int[] stride : new int[][] {out, in}) {
            if (stride[d0] == 0 || stride[d1] == 0) continue;
            if (stride[d0] != stride[d1]) return stride[d0] < stride[d1] ? -1 : 1;
            if (size[d0] > size[d1]) return 1;
        }
        return 0;
    }

    private void swap(int i, int j) {
        int[][] all = {size, in, out};
        for (int[] v : all) {
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    /** Merges a dimension into the one before it when both strides continue it. */
    private void coalesce() {
        if (n == 0) return;
        int prev = 0;
        for (int d = 1; d < n; d++) {
            long s0 = size[prev];
            if (s0 * in[prev] == in[d] && s0 * out[prev] == out[d]) size[prev] *= size[d];
            else {
                prev++;
                size[prev] = size[d];
                in[prev] = in[d];
                out[prev] = out[d];
            }
        }
        n = prev + 1;
    }

    /** A walk over the elements in this order from {@code offset}, the input's first element. */
    Walk walk(int offset) {
        return new Walk(offset);
    }

    /** A walk over the elements in this order, dimension 0 fastest: the current element's input and output offsets. */
    final class Walk {
        int in, out;
        private final int[] index = new int[n];

        private Walk(int offset) {
            in = offset;
        }

        void next() {
            for (int j = 0; j < n; j++) {
                in += ReductionDims.this.in[j];
                out += ReductionDims.this.out[j];
                if (++index[j] < size[j]) return;
                in -= ReductionDims.this.in[j] * size[j];
                out -= ReductionDims.this.out[j] * size[j];
                index[j] = 0;
            }
        }
    }
}
