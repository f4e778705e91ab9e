package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.FileContents;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's file readers: np.load (.npy through {@link NpyFormat}, .npz through {@link NpzFile}),
 * np.loadtxt and np.genfromtxt ({@link TextLoading}) and np.fromfile. Programs only read files
 * (README, Security); a pickled file is read with allow_pickle=True by adjoint's data-only unpickler. np.save, np.savetxt, np.savez, np.savez_compressed and a.tofile are refused
 * as open(path, 'w') is.
 */
final class NpFiles {
    private NpFiles() {}

    static final List<String> WRITERS = List.of("save", "savetxt", "savez", "savez_compressed");

    static void add(PyModule m) {
        m.add(Builtin.of("load", NpFiles::load));
        m.add(Builtin.of("loadtxt", TextLoading::loadtxt));
        m.add(Builtin.of("genfromtxt", TextLoading::genfromtxt));
        m.add(Builtin.of("fromfile", NpFiles::fromfile));
        for (String w : WRITERS) m.add(Builtin.of(w, a -> {
            throw refused("np." + w);
        }));
    }

    static PyError refused(String function) {
        return new PyError("PermissionError", function + "(...): adjoint does not write files from programs; reading is allowed"
                + " (np.load, np.loadtxt, np.genfromtxt, np.fromfile), and :save writes the session's inputs");
    }

    /**
     * np.load(file, mmap_mode=None, allow_pickle=False, ...): a .npy file's array (read whole;
     * mmap_mode='r' gives it read-only, as NumPy's memory map) or a .npz archive; anything else
     * would be a pickle.
     */
    private static Object load(Args a) {
        a.expect(1, 5, "file", "mmap_mode", "allow_pickle", "fix_imports", "encoding", "max_header_size");
        Object file = a.option(0, "file", null);
        Object mmap = a.option(1, "mmap_mode", null);
        if (mmap != null && !List.of("r", "c", "r+", "w+", "readonly", "copyonwrite", "readwrite", "write").contains(mmap))
            throw PyError.value("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write']");
        if ("r+".equals(mmap) || "w+".equals(mmap) || "readwrite".equals(mmap) || "write".equals(mmap))
            throw refused("np.load(mmap_mode=" + Values.repr(mmap) + ")");
        boolean allowPickle = a.bool(2, "allow_pickle", false);
        byte[] data = FileContents.bytes(file);
        if (data == null) throw PyError.type("expected str, bytes or os.PathLike object, not " + Values.typeName(file));
        if (NpzFile.isZip(data)) return NpzFile.read(data, allowPickle);
        if (NpyFormat.isNpy(data)) {
            NpArray x = NpyFormat.read(data, allowPickle);
            boolean readOnly = "r".equals(mmap) || "readonly".equals(mmap); // a read-only memory map: its values, refusing writes
            return readOnly ? NpArray.readOnly(x.values(), x.type) : x;
        }
        if (!allowPickle) throw PyError.value("Cannot load file containing pickled data when allow_pickle=False");
        Object encoding = a.keyword("encoding");
        try { // NumPy's pickle.load(file, encoding='ASCII'): here the unpickler that rebuilds data only
            return dev.adjoint.lang.Unpickling.loads(data, a.interpreter(), encoding instanceof String e ? e : "ASCII");
        } catch (PyError e) {
            if (e.getMessage() != null && e.getMessage().contains("is forbidden")) throw e; // adjoint's refusal says more than NumPy's wrapper
            throw new PyError("_pickle.UnpicklingError", "Failed to interpret file " + Values.repr(file) + " as a pickle");
        }
    }

    /** np.fromfile(file, dtype=float, count=-1, sep='', offset=0): raw little-endian values, or numbers separated by sep in a text file. */
    private static Object fromfile(Args a) {
        a.expect(1, 5, "file", "dtype", "count", "sep", "offset", "like");
        Object file = a.option(0, "file", null);
        NpType type = Numpy.dtype(a, 1, NpType.FLOAT64);
        long count = Values.toLong(a.option(2, "count", -1L), "count");
        Object sepArg = a.option(3, "sep", "");
        String sep = sepArg instanceof String s ? s : Values.str(sepArg);
        long offset = Values.toLong(a.option(4, "offset", 0L), "offset");
        byte[] data = FileContents.bytes(file);
        if (data == null) throw PyError.type("expected str, bytes or os.PathLike object, not " + Values.typeName(file));
        if (!sep.isEmpty()) {
            if (offset != 0) throw PyError.type("'offset' argument only permitted for binary files");
            return NpArray.of(separated(new String(data, StandardCharsets.UTF_8), sep, count), type);
        }
        int size = type.itemsize();
        long available = Math.max(0, (data.length - offset) / size);
        long n = count < 0 ? available : Math.min(count, available);
        Limits.check(n, "(" + n + ",)");
        double[] values = FromBuffer.decode(data, (int) offset, (int) n, type, ByteOrder.LITTLE_ENDIAN);
        return NpArray.of(NDArray.of(values, values.length), type);
    }

    /** A text file's numbers separated by sep (whitespace around each allowed; a blank sep is any whitespace), up to count. */
    private static NDArray separated(String text, String sep, long count) {
        List<Double> values = new ArrayList<>();
        String[] parts = sep.isBlank() ? text.strip().split("\\s+") : text.split(java.util.regex.Pattern.quote(sep.strip()));
        for (String p : parts) {
            if (count >= 0 && values.size() >= count) break;
            String s = p.strip();
            if (s.isEmpty()) continue;
            try {
                values.add(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                break; // NumPy stops at the first field that is no number
            }
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i);
        return NDArray.of(v, v.length);
    }
}
