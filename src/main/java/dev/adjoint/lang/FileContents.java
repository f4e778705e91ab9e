package dev.adjoint.lang;

import java.nio.charset.StandardCharsets;

/**
 * What a library function that reads a file (np.load, np.loadtxt, np.fromfile) is given: a path (a
 * str or a pathlib path), read through {@link ReadOnlyFiles} with its limits and CPython's errors,
 * or a file open() returned, whose unread rest it takes (as NumPy reads on from where the file is).
 */
public final class FileContents {
    private FileContents() {}

    /** A path argument's text, or null when v is no path (an open file, a list of lines). */
    public static String path(Object v) {
        return v instanceof String || v instanceof PyPath ? ReadOnlyFiles.pathText(v, "open()") : null;
    }

    /** Whether v is a file open() returned. */
    public static boolean isOpenFile(Object v) {
        return v instanceof PyFile;
    }

    /** Every byte of the file at the path, or the rest of an open file (a text file's as UTF-8); null for anything else. */
    public static byte[] bytes(Object v) {
        String path = path(v);
        if (path != null) return ReadOnlyFiles.read(path, false);
        if (v instanceof PyFile f) {
            Object rest = f.readRest();
            return rest instanceof PyBytes b ? b.data() : ((String) rest).getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }
}
