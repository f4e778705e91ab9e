package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyBytes;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * np.frombuffer(buffer, dtype=float, count=-1, offset=0): the bytes of a bytes value read as an
 * array of {@code dtype}, in the machine's order (little-endian) or the one a dtype string names
 * ('>u4'), as hw0's parse_mnist reads MNIST's pixels. The values are copied (NumPy shares the
 * buffer; a bytes value cannot change, so a copy reads the same) and, as NumPy's, refuse writes:
 * flags.writeable is False, and a[0] = 5 is "assignment destination is read-only".
 */
final class FromBuffer {
    private FromBuffer() {}

    static NpArray frombuffer(Args a) {
        a.expect(1, 4, "buffer", "dtype", "count", "offset", "like");
        Object buffer = a.option(0, "buffer", null);
        if (!(buffer instanceof PyBytes bytes)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(buffer) + "'");
        Object dtype = a.option(1, "dtype", null);
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        if (dtype instanceof String s && !s.isEmpty() && "<>=|!".indexOf(s.charAt(0)) >= 0) { // '>u4': big-endian 4-byte unsigned
            if (s.charAt(0) == '>' || s.charAt(0) == '!') order = ByteOrder.BIG_ENDIAN;
            dtype = s.substring(1);
        }
        NpType type = dtype == null ? NpType.FLOAT64 : NpDtype.parse(dtype);
        long count = Values.toLong(a.option(2, "count", -1L), "count"), offset = Values.toLong(a.option(3, "offset", 0L), "offset");
        byte[] data = bytes.data();
        int size = Math.max(1, type.bits / 8);
        if (offset < 0 || offset > data.length)
            throw PyError.value("offset must be non-negative and no greater than buffer length (" + data.length + ")");
        long available = data.length - offset;
        if (count < 0) {
            if (available % size != 0) throw PyError.value("buffer size must be a multiple of element size");
            count = available / size;
        } else if (count * size > available) {
            throw PyError.value("buffer is smaller than requested size");
        }
        Limits.check(count, "(" + count + ",)");
        double[] out = decode(data, (int) offset, (int) count, type, order);
        return NpArray.readOnly(NDArray.adopt(out, out.length), type);
    }

    /**
     * {@code count} values of {@code type} from data[offset ...], in the byte order given (np.load's
     * and np.fromfile's too): one tight loop per type, as a data set's millions of bytes want (issue 16).
     */
    static double[] decode(byte[] data, int offset, int count, NpType type, ByteOrder order) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, count * Math.max(1, type.bits / 8)).slice().order(order);
        double[] out = new double[count];
        switch (type) {
            case BOOL -> { for (int i = 0; i < count; i++) out[i] = data[offset + i] != 0 ? 1 : 0; }
            case INT8 -> { for (int i = 0; i < count; i++) out[i] = data[offset + i]; }
            case UINT8 -> { for (int i = 0; i < count; i++) out[i] = data[offset + i] & 0xff; }
            case INT16 -> { for (int i = 0; i < count; i++) out[i] = in.getShort(2 * i); }
            case UINT16 -> { for (int i = 0; i < count; i++) out[i] = in.getShort(2 * i) & 0xffff; }
            case INT32 -> { for (int i = 0; i < count; i++) out[i] = in.getInt(4 * i); }
            case UINT32 -> { for (int i = 0; i < count; i++) out[i] = in.getInt(4 * i) & 0xffffffffL; }
            case INT64 -> { for (int i = 0; i < count; i++) out[i] = in.getLong(8 * i); }
            case UINT64 -> { for (int i = 0; i < count; i++) out[i] = unsigned(in.getLong(8 * i)); }
            case FLOAT32 -> { for (int i = 0; i < count; i++) out[i] = in.getFloat(4 * i); }
            case FLOAT64 -> { for (int i = 0; i < count; i++) out[i] = in.getDouble(8 * i); }
        }
        return out;
    }

    /** The array's values as its raw little-endian bytes, in C order or Fortran order (a.tobytes(order), pickles of arrays). */
    static PyBytes tobytes(NpArray a, boolean fortran) {
        NDArray v = a.values();
        return PyBytes.of(encode((fortran ? v.permute(reversedAxes(v.ndim())) : v).toArray(), a.type));
    }

    /**
     * a.tobytes(order='C') (a.tostring, deprecated): 'F' in Fortran order, 'A' in Fortran order
     * for an array laid out so (a transpose) and C order otherwise; 'K' and None are C order.
     */
    static PyBytes tobytes(Args a, String method) {
        NpArray x = ArrayFunctions.self(a.expect(1, 2, "order"));
        if (method.equals("tostring"))
            a.interpreter().warnAtCall("DeprecationWarning", "tostring() is deprecated. Use tobytes() instead.", a.span());
        Object order = a.option(1, "order", "C");
        if (order != null && !List.of("C", "F", "A", "K").contains(order))
            throw PyError.value("order must be one of 'C', 'F', 'A', or 'K' (got " + Values.repr(order) + ")");
        boolean fortran = "F".equals(order) || "A".equals(order) && x.isFortranContiguous() && !x.isCContiguous();
        return tobytes(x, fortran);
    }

    /** Values read in C order, or in Fortran order (a .npy file's or a pickle's fortran_order): the array of {@code shape} they make. */
    static NDArray shaped(double[] values, int[] shape, boolean fortran) {
        if (!fortran || shape.length < 2) return NDArray.of(values, shape);
        int[] reversed = new int[shape.length];
        for (int i = 0; i < shape.length; i++) reversed[i] = shape[shape.length - 1 - i];
        return NDArray.of(values, reversed).permute(reversedAxes(shape.length)).compact();
    }

    /** (n-1, ..., 1, 0): the permutation between C and Fortran order. */
    static int[] reversedAxes(int n) {
        int[] axes = new int[n];
        for (int i = 0; i < n; i++) axes[i] = n - 1 - i;
        return axes;
    }

    /** The values as {@code type}'s little-endian bytes (a.tobytes(), pickles of arrays). */
    static byte[] encode(double[] values, NpType type) {
        ByteBuffer out = ByteBuffer.allocate(values.length * type.itemsize()).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (type) {
                case BOOL, INT8, UINT8 -> out.put((byte) (long) v);
                case INT16, UINT16 -> out.putShort((short) (long) v);
                case INT32, UINT32 -> out.putInt((int) (long) v);
                case INT64 -> out.putLong((long) v);
                case UINT64 -> out.putLong(v >= 0x1p63 ? (long) (v - 0x1p63) ^ Long.MIN_VALUE : (long) v);
                case FLOAT32 -> out.putFloat((float) v);
                case FLOAT64 -> out.putDouble(v);
            }
        }
        return out.array();
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }
}
