package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How NumPy's generators (the legacy one and the Generator) read the parameters of a distribution (numpy/random/_common.pyx's
 * cont() and disc()): each a number or an array-like of numbers, checked as NumPy checks it (its
 * message for a number differs from the one for an array); all numbers give one Python number
 * (or an array of {@code size} draws); any array broadcasts them, and one draw is made for each
 * element of the broadcast shape (or of {@code size}, which they must broadcast to), in order.
 */
final class LegacyParameters {
    private LegacyParameters() {}

    /** NumPy's check of one parameter (_common.pyx's constraints). */
    enum Check {
        NONE, NON_NEGATIVE, POSITIVE, POSITIVE_NOT_NAN, PROBABILITY, OPEN_PROBABILITY, BELOW_1_PROBABILITY, GREATER_THAN_1, POISSON;

        private static final double POISSON_LAM_MAX = 9.223372006484771e18;

        void check(String name, double[] values, boolean array) {
            for (double v : values) if (this == POISSON && array && !(v <= POISSON_LAM_MAX)) throw PyError.value(name + " value too large");
            for (double v : values) if (this == POSITIVE_NOT_NAN && Double.isNaN(v)) throw PyError.value(name + " must not be NaN");
            String nan = array ? " contains NaNs" : " is NaN";
            for (double v : values) {
                switch (this) {
                    case NONE -> { }
                    case NON_NEGATIVE -> { // -0.0 too, NaN passes
                        if (!Double.isNaN(v) && (Double.doubleToRawLongBits(v) < 0)) throw PyError.value(name + " < 0");
                    }
                    case POSITIVE, POSITIVE_NOT_NAN -> {
                        if (v <= 0) throw PyError.value(name + " <= 0");
                    }
                    case BELOW_1_PROBABILITY -> {
                        if (!(v >= 0) || !(v < 1)) throw PyError.value(name + " < 0, " + name + " >= 1 or " + name + nan);
                    }
                    case GREATER_THAN_1 -> {
                        if (!(v > 1)) throw PyError.value(name + " <= 1 or " + name + nan);
                    }
                    case PROBABILITY -> {
                        if (!(v >= 0) || !(v <= 1)) throw PyError.value(name + " < 0, " + name + " > 1 or " + name + (array ? " contains NaNs" : " is NaN"));
                    }
                    case OPEN_PROBABILITY -> {
                        if (!(v > 0) || !(v <= 1)) throw PyError.value(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
                    }
                    case POISSON -> {
                        if (!(v >= 0)) throw PyError.value(name + " < 0 or " + name + (array ? " contains NaNs" : " is NaN"));
                        if (!(v <= POISSON_LAM_MAX)) throw PyError.value(name + " value too large");
                    }
                }
            }
        }
    }

    /** A parameter: its name, its default (null when required) and its check. */
    record Param(String name, Double absent, Check check) {
        static Param required(String name, Check check) {
            return new Param(name, null, check);
        }

        static Param optional(String name, double absent, Check check) {
            return new Param(name, absent, check);
        }
    }

    /** One draw from generator {@code r} (the legacy one or a Generator's bits) for the parameters' values {@code p} (in the order declared). */
    @FunctionalInterface
    interface Draw<R> {
        double next(R r, double[] p);
    }

    /** Checks across the parameters a distribution adds to each one's own (uniform's range, triangular's order). */
    @FunctionalInterface
    interface Joint {
        void check(NpArray[] values, boolean array);
    }

    /** np.random.NAME(params..., size=None) drawing {@code draw} from {@code source}'s generator, results of {@code type}. */
    static <R> Builtin distribution(String name, Function<Args, R> source, NpType type, Joint joint, Draw<R> draw, Param... params) {
        return Builtin.of(name, drawing(name, source, type, joint, draw, params));
    }

    /** The function {@link #distribution} names: parameters read and checked, then the draws. */
    static <R> Builtin.Fn drawing(String name, Function<Args, R> source, NpType type, Joint joint, Draw<R> draw, Param... params) {
        String[] names = new String[params.length + 1];
        int required = 0;
        for (int i = 0; i < params.length; i++) {
            names[i] = params[i].name();
            if (params[i].absent() == null) required = i + 1;
        }
        names[params.length] = "size";
        int wanted = required;
        return a -> {
            if (wanted > 0 && a.size() < wanted && a.option(wanted - 1, names[wanted - 1], null) == null)
                throw PyError.type(name + "() takes at least " + wanted + " positional argument" + (wanted == 1 ? "" : "s") + " (" + a.size() + " given)");
            if (a.size() > names.length) throw PyError.type(name + "() takes at most " + names.length + " positional arguments (" + a.size() + " given)");
            a.expect(0, names.length, names);
            NpArray[] values = new NpArray[params.length];
            boolean array = false;
            for (int i = 0; i < params.length; i++) {
                boolean given = i < a.size() || a.has(names[i]); // None given is NumPy's TypeError, not the default
                values[i] = given || params[i].absent() == null ? parameter(a.option(i, names[i], null))
                        : NpArray.of(NDArray.scalar(params[i].absent()), NpType.FLOAT64);
                array |= values[i].ndim() > 0;
            }
            for (int i = 0; i < params.length; i++) params[i].check().check(names[i], values[i].values().toArray(), array);
            if (joint != null) joint.check(values, array);
            Object size = a.option(params.length, "size", null);
            return draws(a, source.apply(a), size, values, array, type, draw);
        };
    }

    /** A parameter as NumPy's PyArray_FROM_OTF(x, NPY_DOUBLE) reads it. */
    static NpArray parameter(Object v) {
        NpArray x = Operand.of(v);
        if (x != null) return x;
        Object p = Values.plain(v);
        if (p instanceof String s) throw PyError.value("could not convert string to float: " + Values.repr(s));
        throw PyError.type("must be real number, not " + Values.typeName(p));
    }

    private static <R> Object draws(Args a, R r, Object size, NpArray[] values, boolean array, NpType type, Draw<R> draw) {
        double[] p = new double[values.length];
        if (!array) {
            for (int i = 0; i < values.length; i++) p[i] = values[i].values().item();
            if (size == null) return NpArray.python(draw.next(r, p), type);
            int[] shape = Numpy.shape(a, size);
            double[] out = new double[Shapes.size(shape)];
            for (int k = 0; k < out.length; k++) out[k] = draw.next(r, p);
            return NpArray.of(NDArray.of(out, shape), type);
        }
        List<int[]> shapes = new ArrayList<>();
        int[] shape;
        if (size == null) {
            for (NpArray v : values) shapes.add(v.shape());
            shape = broadcast(shapes);
        } else {
            shape = Numpy.shape(a, size);
            shapes.add(shape);
            for (NpArray v : values) shapes.add(v.shape());
            int[] joint = broadcast(shapes);
            if (!java.util.Arrays.equals(joint, shape))
                throw PyError.value("Output size " + ArrayText.shapeRepr(shape) + " is not compatible with broadcast dimensions of inputs " + ArrayText.shapeRepr(joint) + ".");
        }
        double[][] columns = new double[values.length][];
        for (int i = 0; i < values.length; i++) columns[i] = values[i].values().broadcastTo(shape).compact().toArray();
        double[] out = new double[Shapes.size(shape)];
        for (int k = 0; k < out.length; k++) {
            for (int i = 0; i < p.length; i++) p[i] = columns[i][k];
            out[k] = draw.next(r, p);
        }
        return NpArray.of(NDArray.of(out, shape), type);
    }

    /** The shape NumPy's multi-iterator broadcasts to, or its error naming the first two arguments that disagree. */
    static int[] broadcast(List<int[]> shapes) {
        int nd = 0;
        for (int[] s : shapes) nd = Math.max(nd, s.length);
        int[] out = new int[nd];
        for (int i = 0; i < nd; i++) {
            out[i] = 1;
            int source = -1;
            for (int j = 0; j < shapes.size(); j++) {
                int[] s = shapes.get(j);
                int k = i + s.length - nd;
                if (k < 0 || s[k] == 1) continue;
                if (out[i] == 1) {
                    out[i] = s[k];
                    source = j;
                } else if (out[i] != s[k]) {
                    throw PyError.value("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg " + source + " with shape "
                            + ArrayText.shapeRepr(shapes.get(source)) + " and arg " + j + " with shape " + ArrayText.shapeRepr(s) + ".");
                }
            }
        }
        return out;
    }
}
