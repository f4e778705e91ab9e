package dev.adjoint.lang;

import dev.adjoint.files.FileKind;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The one place programs reach files, and only to read them (README, Security): open(path) and
 * open(path, "rb"), gzip.open(path). A write mode is refused: adjoint does not write files from
 * programs. Only a regular file is opened (a FIFO would block, a device never end), and at most
 * --max-elements bytes are read (a decompressed gzip too), so no file can exhaust memory.
 * Errors are CPython's (FileNotFoundError: [Errno 2] No such file or directory: 'x').
 */
final class ReadOnlyFiles {
    private ReadOnlyFiles() {}

    /** A path argument as Python takes it: a str or a pathlib path, resolved against the working directory. */
    static String pathText(Object v, String function) {
        if (v instanceof String s) return withoutNul(s);
        if (v instanceof PyPath p) return withoutNul(p.text());
        throw PyError.type(function + ": expected str, bytes or os.PathLike object, not " + Values.typeName(v));
    }

    /** A path with a NUL byte names no file: CPython's ValueError, before any file is looked at. */
    static String withoutNul(String path) {
        if (path.indexOf('\0') >= 0) throw PyError.value("embedded null byte");
        return path;
    }

    /** What a file open for reading says of writing, added to its table: writable() is False, write and writelines raise io.UnsupportedOperation. */
    static <T> AttributeTable<T> readOnly(AttributeTable<T> table) {
        for (String name : List.of("write", "writelines")) table.method(name, (f, a) -> {
            throw new PyError("io.UnsupportedOperation", "not writable");
        });
        return table.method("writable", (f, a) -> false);
    }

    /** The mode of open(): 'r', 'rb', 'rt' (and 'U'); a mode that writes is refused with why. */
    static boolean binaryMode(String mode, String function) {
        for (char c : mode.toCharArray())
            if ("waxr+btU".indexOf(c) < 0) throw PyError.value("invalid mode: '" + mode + "'");
        if (mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+"))
            throw new PyError("PermissionError", function + "(..., '" + mode + "'): adjoint does not write files from programs; "
                    + "reading is allowed (open(path) or open(path, 'rb')), and :save writes the session's inputs");
        if (mode.contains("b") && mode.contains("t")) throw PyError.value("can't have text and binary mode at once");
        return mode.contains("b");
    }

    /** The text of the regular file at {@code name} (UTF-8, a byte-order mark dropped), as import reads a module. */
    static String text(String name) {
        String text = new String(read(name, false), java.nio.charset.StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every byte of the regular file at {@code name}, gunzipped when {@code gzip}. */
    static byte[] read(String name, boolean gzip) {
        Path p = Path.of(withoutNul(name));
        if (!Files.exists(p)) throw PyError.os("FileNotFoundError", 2, "No such file or directory", name);
        if (Files.isDirectory(p)) throw PyError.os("IsADirectoryError", 21, "Is a directory", name);
        if (!Files.isRegularFile(p))
            throw new PyError("OSError", Repr.repr(name) + " is " + FileKind.of(p) + ", not a regular file: adjoint reads only regular files");
        try {
            if (gzip && Files.size(p) == 0) return new byte[0]; // CPython's gzip reads an empty file as no data
        } catch (IOException e) {
            // the open below says what is wrong
        }
        try (InputStream file = Files.newInputStream(p); InputStream in = gzip ? new GZIPInputStream(file, 1 << 16) : file) {
            return bounded(in, name);
        } catch (AccessDeniedException e) {
            throw PyError.os("PermissionError", 13, "Permission denied", name);
        } catch (NoSuchFileException e) {
            throw PyError.os("FileNotFoundError", 2, "No such file or directory", name);
        } catch (ZipException e) {
            throw notGzip(p);
        } catch (java.io.EOFException e) {
            throw new PyError("EOFError", "Compressed file ended before the end-of-stream marker was reached");
        } catch (IOException e) {
            throw new PyError("OSError", Repr.repr(name) + ": " + e.getMessage());
        }
    }

    /** CPython's words, which show the first two bytes: Not a gzipped file (b'fi'). */
    private static PyError notGzip(Path p) {
        byte[] magic = new byte[0];
        try (InputStream in = Files.newInputStream(p)) {
            magic = in.readNBytes(2);
        } catch (IOException e) {
            // the message then shows b''
        }
        return new PyError("gzip.BadGzipFile", "Not a gzipped file (" + PyBytes.repr(magic) + ")");
    }

    /** At most --max-elements bytes, read in blocks so that Ctrl-C stops a large file. */
    private static byte[] bounded(InputStream in, String name) throws IOException {
        long limit = Limits.maxElements();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] block = new byte[1 << 16];
        for (int k; (k = in.read(block)) > 0; ) {
            out.write(block, 0, k);
            if (out.size() > limit)
                throw new PyError("MemoryError", String.format(java.util.Locale.ROOT, "%s holds more than %,d bytes, the limit (--max-elements)",
                        Repr.repr(name), limit));
            ComputationInterrupted.poll();
        }
        return out.toByteArray();
    }

    /** gzip.decompress(data). */
    static byte[] gunzip(byte[] data) {
        if (data.length == 0) return data; // gzip.decompress(b'') is b''
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(data))) {
            return bounded(in, "<bytes>");
        } catch (ZipException e) {
            throw new PyError("gzip.BadGzipFile", "Not a gzipped file");
        } catch (IOException e) {
            throw new PyError("EOFError", "Compressed file ended before the end-of-stream marker was reached");
        }
    }
}
