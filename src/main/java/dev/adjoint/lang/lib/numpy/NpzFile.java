package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.ContextManager;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyMapping;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code np.load("data.npz")}: NumPy's NpzFile over a zip of .npy files (np.savez and
 * np.savez_compressed): {@code files} (the names without .npy, in the archive's order),
 * {@code d["x"]}, keys(), values(), items(), {@code in}, len, iteration over the names, close()
 * and {@code with}. The archive is read whole when loaded; each array is parsed when asked for.
 */
final class NpzFile implements TabledHostObject, PyMapping, Sized, Iterable<Object>, ContextManager, PyReprable {
    private final Map<String, byte[]> members = new LinkedHashMap<>();
    private final boolean allowPickle;

    private NpzFile(boolean allowPickle) {
        this.allowPickle = allowPickle;
    }

    static boolean isZip(byte[] data) {
        return data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    }

    static NpzFile read(byte[] data, boolean allowPickle) {
        NpzFile f = new NpzFile(allowPickle);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(data))) {
            long total = 0;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] block = new byte[1 << 16];
                for (int k; (k = in.read(block)) > 0; ) {
                    out.write(block, 0, k);
                    total += k;
                    if (total > Limits.maxElements()) throw new PyError("MemoryError", "the archive holds more than --max-elements bytes");
                }
                f.members.put(e.getName(), out.toByteArray());
            }
        } catch (IOException e) {
            throw new PyError("zipfile.BadZipFile", "File is not a zip file");
        }
        return f;
    }

    /** NumPy's names: a member "x.npy" is "x"; others keep their names. */
    List<Object> files() {
        List<Object> names = new ArrayList<>();
        for (String m : members.keySet()) names.add(m.endsWith(".npy") ? m.substring(0, m.length() - 4) : m);
        return names;
    }

    @Override
    public List<Object> keyList() {
        return files();
    }

    @Override
    public Object getItem(Object key) {
        String name = key instanceof String s ? s : null;
        byte[] data = name == null ? null : members.containsKey(name + ".npy") ? members.get(name + ".npy") : members.get(name);
        if (data == null) throw PyError.key(key + " is not a file in the archive");
        if (!NpyFormat.isNpy(data)) return dev.adjoint.lang.PyBytes.of(data); // NumPy gives a member that is no .npy as its bytes
        return NpyFormat.read(data, allowPickle);
    }

    @Override
    public long length() {
        return members.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return files().iterator();
    }

    @Override
    public Object enter(Interpreter interpreter) {
        return this;
    }

    @Override
    public void exit() {
        // the archive was read whole: nothing stays open
    }

    @Override
    public String typeName() {
        return "numpy.lib.npyio.NpzFile";
    }

    private static final AttributeTable<NpzFile> ATTRIBUTES = new AttributeTable<NpzFile>()
            .value("files", f -> new PyList(f.files()))
            .method("keys", (f, a) -> new PyList(f.files()))
            .method("values", (f, a) -> {
                PyList out = new PyList();
                for (Object k : f.files()) out.add(f.getItem(k));
                return out;
            })
            .method("items", (f, a) -> {
                PyList out = new PyList();
                for (Object k : f.files()) out.add(Values.tuple(k, f.getItem(k)));
                return out;
            })
            .method("get", (f, a) -> {
                Object key = a.expect(1, 2).get(0);
                return f.files().contains(key) ? f.getItem(key) : a.size() > 1 ? a.get(1) : null;
            })
            .method("close", (f, a) -> null);

    @Override
    public AttributeTable<?> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<numpy.lib.npyio.NpzFile object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
