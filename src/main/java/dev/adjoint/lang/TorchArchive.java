package dev.adjoint.lang;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * torch.save's file format, written to and read from bytes (a file in memory, io.BytesIO): a zip
 * archive of {@code archive/data.pkl} (the object, pickled with protocol 2, each tensor's storage
 * named by a persistent id), {@code archive/data/KEY} (each storage's elements, little-endian) and
 * {@code archive/version}. The same layout PyTorch 1.6+ writes, so torch.load reads what PyTorch
 * saved too (a .pt file read from disk). Loading resolves only the globals a checkpoint needs
 * ({@link PickleReader}), so it runs no code from the data.
 */
public final class TorchArchive {
    private TorchArchive() {}

    /** PyTorch's storage classes: the name a checkpoint gives, bytes per element and the dtype adjoint gives the tensor (float64 for every float). */
    enum StorageKind {
        DOUBLE("DoubleStorage", 8, DType.FLOAT64), FLOAT("FloatStorage", 4, DType.FLOAT64), HALF("HalfStorage", 2, DType.FLOAT64),
        BFLOAT16("BFloat16Storage", 2, DType.FLOAT64), LONG("LongStorage", 8, DType.INT64), INT("IntStorage", 4, DType.INT32),
        SHORT("ShortStorage", 2, DType.INT16), CHAR("CharStorage", 1, DType.INT8), BYTE("ByteStorage", 1, DType.UINT8), BOOL("BoolStorage", 1, DType.BOOL);

        private final String className;
        private final int width;
        private final DType dtype;

        StorageKind(String className, int width, DType dtype) {
            this.className = className;
            this.width = width;
            this.dtype = dtype;
        }

        String className() {
            return className;
        }

        static StorageKind of(DType dtype) {
            return switch (dtype) {
                case FLOAT64 -> DOUBLE;
                case INT64 -> LONG;
                case INT32 -> INT;
                case INT16 -> SHORT;
                case INT8 -> CHAR;
                case UINT8 -> BYTE;
                case BOOL -> BOOL;
            };
        }

        static StorageKind named(String className) {
            for (StorageKind k : values()) if (k.className.equals(className)) return k;
            return null;
        }

        byte[] encode(double[] values) {
            ByteBuffer b = ByteBuffer.allocate(values.length * width).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : values) {
                switch (this) {
                    case DOUBLE -> b.putDouble(v);
                    case LONG -> b.putLong((long) v);
                    case INT -> b.putInt((int) v);
                    case SHORT -> b.putShort((short) v);
                    case CHAR, BYTE -> b.put((byte) v);
                    case BOOL -> b.put((byte) (v != 0 ? 1 : 0));
                    default -> throw new IllegalStateException("adjoint writes no " + className); // never: every dtype has its kind above
                }
            }
            return b.array();
        }

        double[] decode(byte[] data) {
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            double[] out = new double[data.length / width];
            for (int i = 0; i < out.length; i++) {
                out[i] = switch (this) {
                    case DOUBLE -> b.getDouble();
                    case FLOAT -> b.getFloat();
                    case HALF -> half(b.getShort());
                    case BFLOAT16 -> Float.intBitsToFloat((b.getShort() & 0xffff) << 16);
                    case LONG -> b.getLong();
                    case INT -> b.getInt();
                    case SHORT -> b.getShort();
                    case CHAR -> b.get();
                    case BYTE -> b.get() & 0xff;
                    case BOOL -> b.get() != 0 ? 1 : 0;
                };
            }
            return out;
        }
    }

    /** An IEEE half-precision number's value (Float.float16ToFloat is Java 20's). */
    private static double half(short h) {
        int bits = h & 0xffff, exponent = (bits >>> 10) & 0x1f, mantissa = bits & 0x3ff;
        double sign = (bits & 0x8000) != 0 ? -1 : 1;
        if (exponent == 0) return sign * Math.scalb((double) mantissa, -24);
        if (exponent == 31) return mantissa == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        return sign * Math.scalb(1024.0 + mantissa, exponent - 25);
    }

    /** A storage read back: its kind and elements (tensors are rebuilt from it with their offset, size and stride). */
    record Storage(StorageKind kind, double[] data) {}

    /** A module-level name a pickle refers to (torch._utils._rebuild_tensor_v2): one object per name, so the pickler's memo refers to it again. */
    record Global(String module, String name) {
        @Override
        public String toString() {
            return module + "." + name;
        }
    }

    private static final Map<String, Global> GLOBALS = new ConcurrentHashMap<>();

    static Global marker(String module, String name) {
        return GLOBALS.computeIfAbsent(module + "\n" + name, k -> new Global(module.intern(), name.intern())); // one str each, as CPython's interned names: a pickle memoizes a module's name once
    }

    /** torch.save's storages: one record per tensor saved, under the keys "0", "1", ... */
    static final class Storages {
        private final IdentityHashMap<Tensor, String> keys = new IdentityHashMap<>();
        private final Map<String, byte[]> records = new LinkedHashMap<>();

        String add(Tensor t) {
            String key = keys.get(t);
            if (key != null) return key;
            key = Integer.toString(keys.size());
            keys.put(t, key);
            records.put(key, StorageKind.of(t.dtype()).encode(t.value().toArray()));
            return key;
        }
    }

    /**
     * torch.save(obj, f) to a file object (io.BytesIO, or any object with write()), or to a path:
     * adjoint's programs write no files, so a path's archive is kept in the session's memory
     * ({@link SessionFiles}) for torch.load of the same path, with a warning that says so.
     */
    public static void saveTo(Object obj, Object file, Args call) {
        Interpreter in = call.interpreter();
        if (file instanceof String || file instanceof PyPath) {
            String path = ReadOnlyFiles.pathText(file, "torch.save");
            if (SessionFiles.of(in).put(path, save(obj, in)))
                in.warnAtCall("UserWarning", "torch.save(obj, " + Repr.repr(path) + ") is kept in this session's memory, not written to disk "
                        + "(adjoint's programs write no files: README, Security); torch.load(" + Repr.repr(path) + ") in this session reads it back", call.span());
            return;
        }
        in.call(Attributes.get(in, file, "write"), List.of(PyBytes.of(save(obj, in))));
    }

    /** torch.load(f): from a file object (what read() gives from its position), or from a path: what this session saved there, else the file. */
    public static Object loadFrom(Object file, Interpreter in) {
        if (file instanceof String || file instanceof PyPath) {
            String path = ReadOnlyFiles.pathText(file, "torch.load");
            byte[] saved = SessionFiles.of(in).get(path);
            return load(saved != null ? saved : ReadOnlyFiles.read(path, false), in);
        }
        Object data = in.call(Attributes.get(in, file, "read"), List.of());
        if (!(data instanceof PyBytes b)) throw PyError.type("a bytes-like object is required, not '" + Values.typeName(data) + "'");
        return load(b.data(), in);
    }

    /** torch.save(obj, f): the archive's bytes. */
    static byte[] save(Object obj, Interpreter in) {
        Storages storages = new Storages();
        byte[] pickle = new PickleWriter(2, in, storages).dump(obj);
        return zip(pickle, storages);
    }

    /** The archive of one tensor's storage alone: what a tensor's pickle embeds (PyTorch's torch.storage._load_from_bytes reads it). */
    static byte[] storageArchive(Tensor t) {
        Storages storages = new Storages();
        byte[] pickle = new PickleWriter(2, null, storages).dumpStorage(t);
        return zip(pickle, storages);
    }

    private static byte[] zip(byte[] pickle, Storages storages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            addRecord(zip, "archive/data.pkl", pickle);
            for (Map.Entry<String, byte[]> e : storages.records.entrySet()) addRecord(zip, "archive/data/" + e.getKey(), e.getValue());
            addRecord(zip, "archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e); // never: the zip is written to memory
        }
        return bytes.toByteArray();
    }

    /** One record, stored uncompressed with PyTorch's fixed 1980 timestamp (so the same object gives the same bytes). */
    private static void addRecord(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        e.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /** torch.load of an archive's bytes: the object saved, its tensors rebuilt from their storages. */
    static Object load(byte[] data, Interpreter in) {
        if (data.length == 0) throw new PyError("EOFError", "Ran out of input");
        if (data.length < 4 || data[0] != 'P' || data[1] != 'K')
            throw new PyError("RuntimeError", (data[0] & 0xff) == 0x80
                    ? "torch.load: this file is in PyTorch's legacy format (saved before PyTorch 1.6, or with _use_new_zipfile_serialization=False), which adjoint does not read"
                    : "PytorchStreamReader failed reading zip archive: failed finding central directory");
        Map<String, byte[]> records = unzip(data);
        String pickleName = records.keySet().stream().filter(n -> n.endsWith("/data.pkl") && n.indexOf('/') == n.length() - 9).findFirst()
                .orElseThrow(() -> new PyError("RuntimeError", "PytorchStreamReader failed locating file data.pkl: file not found"));
        String folder = pickleName.substring(0, pickleName.length() - "data.pkl".length());
        Map<String, Storage> loaded = new LinkedHashMap<>();
        PickleReader reader = new PickleReader(records.get(pickleName), 0, in, "ASCII", pid -> {
            if (!(pid instanceof List<?> id) || id.size() < 3 || !"storage".equals(id.get(0)) || !(id.get(1) instanceof Global kind)
                    || StorageKind.named(kind.name()) == null || !(id.get(2) instanceof String key))
                throw new PyError("_pickle.UnpicklingError", "unsupported persistent id in a torch.save archive: " + Repr.repr(pid));
            return loaded.computeIfAbsent(key, k -> {
                byte[] elements = records.get(folder + "data/" + k);
                if (elements == null) throw new PyError("RuntimeError", "PytorchStreamReader failed locating file data/" + k + ": file not found");
                return new Storage(StorageKind.named(kind.name()), StorageKind.named(kind.name()).decode(elements));
            });
        });
        return reader.load();
    }

    /**
     * The records of a zip archive, read from its central directory (PyTorch's writer marks its
     * stored records as followed by a data descriptor, which java.util.zip's stream reader refuses
     * for stored records; the directory gives every size).
     */
    private static Map<String, byte[]> unzip(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int end = data.length - 22;
        while (end >= 0 && b.getInt(end) != 0x06054b50) end--; // the end of central directory record (a comment may follow it)
        if (end < 0) throw new PyError("RuntimeError", "PytorchStreamReader failed reading zip archive: failed finding central directory");
        int count = b.getShort(end + 10) & 0xffff;
        long at = b.getInt(end + 16) & 0xffffffffL;
        Map<String, byte[]> records = new LinkedHashMap<>();
        try {
            for (int i = 0; i < count; i++) {
                int entry = (int) at;
                if (b.getInt(entry) != 0x02014b50) throw new IndexOutOfBoundsException();
                int method = b.getShort(entry + 10) & 0xffff, nameLength = b.getShort(entry + 28) & 0xffff;
                int extraLength = b.getShort(entry + 30) & 0xffff, commentLength = b.getShort(entry + 32) & 0xffff;
                long compressed = b.getInt(entry + 20) & 0xffffffffL, size = b.getInt(entry + 24) & 0xffffffffL, local = b.getInt(entry + 42) & 0xffffffffL;
                String name = new String(data, entry + 46, nameLength, StandardCharsets.UTF_8);
                if (compressed == 0xffffffffL || size == 0xffffffffL || local == 0xffffffffL || size > Integer.MAX_VALUE - 16)
                    throw new PyError("RuntimeError", "torch.load: a record over 4 GB (zip64) is more than adjoint reads");
                int start = (int) local + 30 + (b.getShort((int) local + 26) & 0xffff) + (b.getShort((int) local + 28) & 0xffff);
                byte[] stored = java.util.Arrays.copyOfRange(data, start, Math.addExact(start, (int) compressed));
                if (start + compressed > data.length) throw new IndexOutOfBoundsException();
                records.put(name, method == 0 ? stored : inflate(stored, (int) size));
                at = entry + 46L + nameLength + extraLength + commentLength;
            }
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            throw new PyError("RuntimeError", "PytorchStreamReader failed reading zip archive: the archive is cut short or damaged");
        }
        return records;
    }

    private static byte[] inflate(byte[] compressed, int size) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        inflater.setInput(compressed);
        byte[] out = new byte[size];
        try {
            int n = inflater.inflate(out);
            if (n != size) throw new PyError("RuntimeError", "PytorchStreamReader failed reading zip archive: a record is damaged");
        } catch (java.util.zip.DataFormatException e) {
            throw new PyError("RuntimeError", "PytorchStreamReader failed reading zip archive: " + e.getMessage());
        } finally {
            inflater.end();
        }
        return out;
    }

    /** _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks): the tensor's elements gathered from the storage (a copy of them). */
    static Tensor rebuild(Object storage, Object offset, Object size, Object stride, boolean requiresGrad) {
        if (!(storage instanceof Storage s)) throw PyError.type("_rebuild_tensor_v2: expected a storage, got '" + Values.typeName(storage) + "'");
        int[] shape = ints(size), steps = ints(stride);
        int start = (int) Values.toLong(offset, "storage_offset"), n = 1;
        for (int d : shape) n *= d;
        double[] values = new double[n];
        int[] index = new int[shape.length];
        for (int i = 0; i < n; i++) {
            int p = start;
            for (int d = 0; d < shape.length; d++) p += index[d] * steps[d];
            if (p < 0 || p >= s.data().length) throw new PyError("RuntimeError", "the tensor reaches past its storage in this torch.save archive");
            values[i] = s.data()[p];
            for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) index[d] = 0;
        }
        return Tensor.leaf(NDArray.of(values, shape), requiresGrad && s.kind().dtype.isFloating(), s.kind().dtype);
    }

    private static int[] ints(Object tuple) {
        List<Object> items = new ArrayList<>();
        for (java.util.Iterator<Object> it = Values.iterate(tuple); it.hasNext(); ) items.add(it.next());
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = (int) Values.toLong(items.get(i), "size");
        return out;
    }

    /**
     * MODULE.QUALNAME as the session sees it (a user class in __main__ or an imported file, a
     * library class), or null: what pickling checks a class or function by and unpickling finds it by.
     */
    static Object lookUp(Interpreter in, String module, String qualname) {
        if (in == null) return null;
        String[] parts = qualname.split("\\.");
        Object v;
        if (module.equals("__main__")) {
            v = in.mainGlobal(parts[0]);
        } else if (module.equals("builtins") || module.equals("__builtin__")) {
            v = in.builtinNamed(parts[0]);
        } else {
            PyModule m;
            try {
                m = in.modules().find(module);
                if (m == null && module.startsWith("torch.nn.modules.")) m = in.modules().find("torch.nn"); // torch's classes live in submodules adjoint folds into torch.nn
            } catch (PyError e) {
                return null;
            }
            v = m == null ? null : m.attribute(parts[0]);
        }
        for (int i = 1; i < parts.length && v != null; i++) {
            try {
                v = Attributes.get(in, v, parts[i]);
            } catch (PyError e) {
                return null;
            }
        }
        return v;
    }
}
