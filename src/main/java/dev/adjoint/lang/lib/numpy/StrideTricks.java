package dev.adjoint.lang.lib.numpy;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;

/**
 * numpy.lib.stride_tricks.sliding_window_view (np.lib.stride_tricks): every window of an array
 * as a read-only view of its data, as NumPy's strided view is by default (writeable=True is
 * refused: adjoint's views refuse writes to an entry several of their entries share).
 */
final class StrideTricks {
    private StrideTricks() {}

    /** numpy.lib, holding stride_tricks. */
    static PyModule lib() {
        PyModule lib = new PyModule("numpy.lib");
        lib.add("stride_tricks", module());
        return lib;
    }

    static PyModule module() {
        PyModule m = new PyModule("numpy.lib.stride_tricks");
        m.add(Builtin.of("sliding_window_view", StrideTricks::slidingWindowView));
        return m;
    }

    /**
     * sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False): shape
     * x's shape with each windowed axis shortened by its window less one, then the window's shape;
     * an axis may be windowed more than once.
     */
    private static Object slidingWindowView(Args a) {
        a.expect(2, 3, "axis", "subok", "writeable");
        if (a.flag("writeable", false))
            throw new PyError("NotImplementedError", "adjoint's sliding_window_view gives read-only views only: its windows overlap, and adjoint's "
                    + "views refuse a write to an entry that several of their entries share (copy the view to write into it)");
        NpArray x = ArrayFunctions.self(a);
        int nd = x.ndim();
        int[] window = a.ints(a.get(1), "window_shape");
        for (int w : window) if (w < 0) throw PyError.value("`window_shape` cannot contain negative values");
        Object axisArg = a.option(2, "axis", null);
        int[] axes;
        if (axisArg == null) {
            axes = new int[nd];
            for (int k = 0; k < nd; k++) axes[k] = k;
            if (window.length != nd)
                throw PyError.value("Since axis is `None`, must provide window_shape for all dimensions of `x`; got " + window.length
                        + " window_shape elements and `x.ndim` is " + nd + ".");
        } else {
            int[] given = a.ints(axisArg, "axis");
            axes = new int[given.length];
            for (int i = 0; i < given.length; i++) {
                if (given[i] < -nd || given[i] >= nd) throw ArrayFunctions.axisError(given[i], nd);
                axes[i] = given[i] < 0 ? given[i] + nd : given[i];
            }
            if (window.length != axes.length)
                throw PyError.value("Must provide matching length window_shape and axis; got " + window.length + " window_shape elements and "
                        + axes.length + " axes elements.");
        }
        int[] shape = x.shape(), trimmed = shape.clone();
        for (int i = 0; i < axes.length; i++) {
            if (trimmed[axes[i]] < window[i]) throw PyError.value("window shape cannot be larger than input array shape");
            trimmed[axes[i]] -= window[i] - 1;
        }
        int[] viewShape = new int[nd + window.length], strides = new int[nd + window.length], rowMajor = new int[nd];
        for (int k = nd - 1, step = 1; k >= 0; step *= shape[k], k--) rowMajor[k] = step;
        for (int k = 0; k < nd; k++) {
            viewShape[k] = trimmed[k];
            strides[k] = rowMajor[k];
        }
        for (int i = 0; i < window.length; i++) {
            viewShape[nd + i] = window[i];
            strides[nd + i] = rowMajor[axes[i]];
        }
        int[] positions = positions(viewShape, strides);
        Tensor view = Views.of(x.data, t -> Tensor.apply(Ops.asStrided(positions, viewShape), t), () -> positions);
        return NpArray.readOnlyView(view, x);
    }

    /** The row-major positions in the base of each entry of a strided view, in the view's row-major order. */
    private static int[] positions(int[] shape, int[] strides) {
        int size = 1;
        for (int s : shape) size *= s;
        int[] p = new int[size], index = new int[shape.length];
        for (int i = 0; i < size; i++) {
            int at = 0;
            for (int k = 0; k < shape.length; k++) at += index[k] * strides[k];
            p[i] = at;
            for (int k = shape.length - 1; k >= 0 && ++index[k] == shape[k]; k--) index[k] = 0;
        }
        return p;
    }
}
