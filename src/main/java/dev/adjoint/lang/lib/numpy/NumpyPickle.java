package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyBytes;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Reducible;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.Shapes;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * NumPy's arrays in pickles, both ways, as NumPy 1.24 reduces them (numpy/core/src/multiarray/
 * methods.c, descriptor.c). An array is {@code _reconstruct(ndarray, (0,), b'b')} then BUILD with
 * {@code (1, shape, dtype, is_fortran, raw bytes)}; from protocol 5 a contiguous one is
 * {@code _frombuffer(buffer, dtype, shape, order)}; a scalar {@code scalar(dtype, raw bytes)}; a
 * dtype {@code dtype('f4', False, True)} then BUILD with {@code (3, '<', None, None, None, -1, -1, 0)}.
 * Reading these is data, not code: the unpickler calls no function the pickle names, only these
 * rebuilders, and refuses by name what adjoint's arrays cannot hold (object, string, big-endian,
 * structured). NumPy 2's module names (numpy._core) are read too.
 */
public final class NumpyPickle {
    private NumpyPickle() {}

    private static final String MULTIARRAY = "numpy.core.multiarray", NUMERIC = "numpy.core.numeric";
    private static final Set<String> GLOBALS = Set.of("numpy.ndarray", "numpy.dtype", "numpy.core.multiarray._reconstruct", "numpy.core.multiarray.scalar",
            "numpy.core.numeric._frombuffer");
    /** _reconstruct's typecode argument: one bytes object, as CPython keeps one-byte bytes (a pickle memoizes it once). */
    private static final PyBytes TYPECODE = PyBytes.of(new byte[] {'b'});

    /** Whether module.name is one of NumPy's rebuilders of data (or numpy.ndarray, their argument). */
    public static boolean names(String module, String name) {
        return GLOBALS.contains(canonical(module) + "." + name);
    }

    /** NumPy 2 keeps in numpy._core what NumPy 1 keeps in numpy.core. */
    private static String canonical(String module) {
        return module.startsWith("numpy._core") ? "numpy.core" + module.substring("numpy._core".length()) : module;
    }

    /** An array between _reconstruct and its BUILD, which gives it its shape, type and values. */
    private record Reconstructing() implements HostObject {
        @Override
        public String typeName() {
            return "numpy.ndarray";
        }
    }

    /** A rebuilder called with the pickle's arguments (REDUCE). */
    public static Object call(String module, String name, List<Object> args) {
        switch (canonical(module) + "." + name) {
            case "numpy.core.multiarray._reconstruct" -> {
                if (args.size() != 3) throw unpickling("_reconstruct expects 3 arguments, got " + args.size());
                if (args.get(0) != Reducible.global("numpy", "ndarray"))
                    throw unsupported("an array of the subclass " + Repr.repr(args.get(0)));
                return new Reconstructing();
            }
            case "numpy.dtype" -> {
                if (args.isEmpty() || !(text(args.get(0)) instanceof String code)) throw unpickling("numpy.dtype expects a type code");
                return NpDtype.of(type(code));
            }
            case "numpy.core.multiarray.scalar" -> {
                if (args.size() != 2 || !(args.get(0) instanceof NpDtype d)) throw unpickling("scalar expects a dtype and its bytes");
                byte[] raw = raw(args.get(1), d.type(), 1);
                return NpArray.scalar(FromBuffer.decode(raw, 0, 1, d.type(), ByteOrder.LITTLE_ENDIAN)[0], d.type());
            }
            case "numpy.core.numeric._frombuffer" -> { // frombuffer(buf, dtype).reshape(shape, order=order): read-only from bytes, as NumPy's
                if (args.size() != 4 || !(args.get(1) instanceof NpDtype d) || !(args.get(0) instanceof PyBytes buffer))
                    throw unpickling("_frombuffer expects a buffer, a dtype, a shape and an order");
                NpArray a = array(shape(args.get(2)), d.type(), "F".equals(args.get(3)), buffer.data());
                return buffer.mutable() ? a : NpArray.readOnly(a.values(), a.type);
            }
            default -> throw unpickling("calling numpy." + name);
        }
    }

    /** BUILD on a value of NumPy's: the finished value (an array's), or null when the target is none of NumPy's. */
    public static Object build(Object target, Object state) {
        if (target instanceof NpDtype d) {
            List<?> s = state instanceof List<?> l ? l : List.of();
            if (s.size() < 2 || !(text(s.get(1)) instanceof String order)) throw unpickling("dtype's state is not a tuple of its byte order and fields");
            if (order.equals(">") && d.type().itemsize() > 1) throw unsupported("a big-endian ('>') " + d.type().name + " array");
            if (s.size() > 3 && s.get(3) != null) throw unsupported("a structured array (a dtype with fields)");
            return d;
        }
        if (!(target instanceof Reconstructing)) return null;
        List<?> s = state instanceof List<?> l ? new ArrayList<>(l) : null;
        if (s != null && s.size() == 5) s = s.subList(1, 5); // (version, shape, dtype, is_fortran, data); old pickles lack the version
        if (s == null || s.size() != 4 || !(s.get(1) instanceof NpDtype d)) throw unpickling("an array's state is not (shape, dtype, is_fortran, data)");
        if (s.get(3) instanceof List<?>) throw unsupported("an object array (dtype=object)");
        int[] shape = shape(s.get(0));
        return array(shape, d.type(), Values.truthy(s.get(2)), raw(s.get(3), d.type(), size(shape)));
    }

    /** An array of shape from its raw little-endian values, in C order or (fortran) in Fortran order. */
    private static NpArray array(int[] shape, NpType type, boolean fortran, byte[] raw) {
        long size = size(shape);
        if ((long) raw.length != size * type.itemsize()) throw PyError.value("buffer size does not match array size"); // NumPy's __setstate__
        return NpArray.of(FromBuffer.shaped(FromBuffer.decode(raw, 0, (int) size, type, ByteOrder.LITTLE_ENDIAN), shape, fortran), type);
    }

    private static long size(int[] shape) {
        long size = 1;
        for (int n : shape) size *= n;
        Limits.check(size, Shapes.str(shape));
        return size;
    }

    private static int[] shape(Object v) {
        if (!(v instanceof List<?> dims)) throw unpickling("an array's shape is not a tuple");
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) shape[i] = (int) Values.toLong(dims.get(i), "shape");
        return shape;
    }

    /** A str, or Python 2's str read with encoding='bytes' (NumPy reads both). */
    private static Object text(Object v) {
        return v instanceof PyBytes b ? new String(b.data(), StandardCharsets.ISO_8859_1) : v;
    }

    /** The values' bytes: bytes, or a Python 2 str read with encoding='latin1' (NumPy encodes it back to latin-1). */
    private static byte[] raw(Object data, NpType type, long size) {
        if (data instanceof PyBytes b) return b.data();
        if (data instanceof String s) return s.getBytes(StandardCharsets.ISO_8859_1);
        throw unpickling("an array's data is a '" + Values.typeName(data) + "', not bytes");
    }

    /** A dtype's code ('f4', '<i8', 'b1') as adjoint's type, or what adjoint's arrays cannot hold, by name. */
    private static NpType type(String code) {
        try {
            return NpDtype.parse(code);
        } catch (PyError e) {
            throw unsupported("an array of dtype " + Repr.repr(code));
        }
    }

    private static PyError unpickling(String message) {
        return new PyError("_pickle.UnpicklingError", message);
    }

    private static PyError unsupported(String what) {
        return new PyError("NotImplementedError", "unpickling " + what + ": adjoint's numpy has float64, float32, int8 ... int64, uint8 ... uint64 and bool arrays"
                + " in the machine's byte order");
    }

    // ---- writing ----

    /** An array's or scalar's reduction, as NumPy's __reduce_ex__(protocol) gives it. */
    static Reducible.Reduction reduce(NpArray a, int protocol) {
        NpDtype dtype = NpDtype.of(a.type);
        if (a.isScalar()) return new Reducible.Reduction(Reducible.global(MULTIARRAY, "scalar"), List.of(dtype, FromBuffer.tobytes(a, false)), null);
        boolean fortran = a.ndim() > 1 && a.isFortranContiguous() && !a.isCContiguous();
        List<Object> shape = NpArray.shapeTuple(a.shape());
        if (protocol >= 5 && (fortran || a.isCContiguous())) { // a PickleBuffer of the array's memory, in-band: a bytearray when writable
            PyBytes buffer = PyBytes.of(FromBuffer.tobytes(a, fortran).data(), a.isWriteable());
            return new Reducible.Reduction(Reducible.global(NUMERIC, "_frombuffer"), List.of(buffer, dtype, shape, fortran ? "F" : "C"), null);
        }
        List<Object> args = Values.tuple(Reducible.global("numpy", "ndarray"), Values.tuple(0L), TYPECODE);
        return new Reducible.Reduction(Reducible.global(MULTIARRAY, "_reconstruct"), args, Values.tuple(1L, shape, dtype, fortran, FromBuffer.tobytes(a, fortran)));
    }

    /** A dtype's reduction: dtype(code, False, True), then (3, byte order, None, None, None, -1, -1, 0). */
    static Reducible.Reduction reduce(NpDtype d) {
        String code = d.type().kind.letter + Integer.toString(d.type().itemsize()); // a new str each time, as NumPy's
        String order = d.type().itemsize() == 1 ? "|" : "<";
        return new Reducible.Reduction(Reducible.global("numpy", "dtype"), Values.tuple(code, false, true),
                Values.tuple(3L, order, null, null, null, -1L, -1L, 0L));
    }
}
