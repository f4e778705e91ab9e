package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.PyError;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.Shapes;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's .npy format (numpy/lib/format.py), read only: the magic string, a version, the header's
 * length, then a Python dict literal ({'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), })
 * and the values. Little-endian and one-byte types adjoint's arrays have are read; a Fortran-order
 * file is read as the transpose of its reversed shape. Object arrays are NumPy's error (they need
 * pickle), other types (strings, float16, big-endian) a clear refusal.
 */
final class NpyFormat {
    private NpyFormat() {}

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    static boolean isNpy(byte[] data) {
        if (data.length < MAGIC.length) return false;
        for (int i = 0; i < MAGIC.length; i++) if (data[i] != MAGIC[i]) return false;
        return true;
    }

    /** The array a .npy file's bytes hold; allowPickle only changes what an object array's refusal says. */
    static NpArray read(byte[] data, boolean allowPickle) {
        if (data.length < 10) throw PyError.value("EOF: reading array header, expected 10 bytes got " + data.length);
        int major = data[6] & 0xff;
        if (major < 1 || major > 3) throw PyError.value("we only support format version (1,0), (2,0), and (3,0), not (" + major + ", " + (data[7] & 0xff) + ")");
        int lengthBytes = major == 1 ? 2 : 4, start = 8 + lengthBytes;
        if (data.length < start) throw PyError.value("EOF: reading array header, expected " + lengthBytes + " bytes got " + (data.length - 8));
        long headerLength = 0;
        for (int i = lengthBytes - 1; i >= 0; i--) headerLength = (headerLength << 8) | (data[8 + i] & 0xff);
        if (data.length < start + headerLength)
            throw PyError.value("EOF: reading array header, expected " + headerLength + " bytes got " + (data.length - start));
        String header = new String(data, start, (int) headerLength, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header), fortran = FORTRAN.matcher(header), shapeText = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeText.find())
            throw PyError.value("Cannot parse header: " + dev.adjoint.lang.Repr.repr(header.strip()));
        NpType type = type(descr.group(1), allowPickle);
        int[] shape = shape(shapeText.group(1));
        boolean fortranOrder = fortran.group(1).equals("True");
        long size = 1;
        for (int s : shape) size *= s;
        Limits.check(size, Shapes.str(shape));
        int offset = start + (int) headerLength, itemsize = type.itemsize();
        int available = (data.length - offset) / itemsize;
        if (available < size) // NumPy reads what is there, then reshapes
            throw PyError.value("cannot reshape array of size " + available + " into shape " + ArrayText.shapeRepr(shape));
        double[] values = FromBuffer.decode(data, offset, (int) size, type, ByteOrder.LITTLE_ENDIAN);
        return NpArray.of(FromBuffer.shaped(values, shape, fortranOrder), type);
    }

    /** The descr's type: '<f8', '|u1', '|b1', ... (NumPy's errors for object arrays; a refusal for what adjoint's arrays cannot hold). */
    private static NpType type(String descr, boolean allowPickle) {
        if (descr.equals("|O") || descr.equals("O")) {
            if (!allowPickle) throw PyError.value("Object arrays cannot be loaded when allow_pickle=False");
            throw new PyError("NotImplementedError", "np.load of an object array (pickled Python objects): adjoint reads .npy files of numbers only");
        }
        char order = descr.isEmpty() ? '=' : descr.charAt(0);
        String code = "<|=>".indexOf(order) >= 0 ? descr.substring(1) : descr;
        NpType t = code.equals("b1") ? NpType.BOOL : null;
        if (t == null && order != '>') {
            try {
                t = NpDtype.parse(code);
            } catch (PyError e) {
                t = null;
            }
        }
        if (t == null || order == '>' && t.itemsize() > 1)
            throw new PyError("NotImplementedError", "np.load of an array of dtype " + dev.adjoint.lang.Repr.repr(descr)
                    + ": adjoint reads .npy files of little-endian float64, float32, int8 ... int64, uint8 ... uint64 and bool arrays");
        return t;
    }

    private static int[] shape(String text) {
        List<Integer> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip().replaceFirst("L$", "");
            if (!p.isEmpty()) dims.add(Integer.parseInt(p));
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }
}
