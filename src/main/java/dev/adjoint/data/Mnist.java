package dev.adjoint.data;

import dev.adjoint.files.FileKind;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST from its gzipped IDX files (needle's {@code parse_mnist}): images become X of
 * shape (n, rows·cols) with pixels scaled to [0, 1] as doubles (byte / 255.0), labels become y of
 * shape (n,) holding the digits as doubles.
 *
 * <p>IDX layout (big-endian): images have a 16-byte header (magic 0x00000803, count, rows, cols)
 * then count·rows·cols unsigned bytes; labels an 8-byte header (magic 0x00000801, count) then
 * count unsigned bytes. A file that is missing, not gzipped, cut short, of the other kind, or
 * whose count disagrees with its partner fails with an {@link IdxFormatException} naming the
 * file and the problem.
 */
public final class Mnist {
    public static final int IMAGES_MAGIC = 0x00000803, LABELS_MAGIC = 0x00000801;

    /**
     * byte / 255.0 for each byte value: the same doubles as dividing, without a division per pixel
     * (7.8 million of them, much of it run before the JIT has compiled the loop).
     */
    private static final double[] PIXEL = new double[256];

    static {
        for (int v = 0; v < 256; v++) PIXEL[v] = v / 255.0;
    }

    private Mnist() {}

    /** (X, y) as an {@link ArrayDataset}: field 0 the images (n, 784), field 1 the labels (n,). */
    public static ArrayDataset load(Path imagesGz, Path labelsGz) throws IOException {
        return pair(imagesGz.toString(), readImages(imagesGz), labelsGz.toString(), readLabels(labelsGz));
    }

    private static ArrayDataset pair(String imagesGz, NDArray x, String labelsGz, NDArray y) throws IdxFormatException {
        if (x.dim(0) != y.dim(0))
            throw new IdxFormatException("MNIST files disagree: " + imagesGz + " has " + x.dim(0) + " images but "
                    + labelsGz + " has " + y.dim(0) + " labels");
        return new ArrayDataset(x, y);
    }

    public static ArrayDataset load(String imagesGz, String labelsGz) throws IOException {
        return load(Path.of(imagesGz), Path.of(labelsGz));
    }

    /** The files of the test set shipped with adjoint, resources beside this class (see the README there). */
    public static final String BUNDLED_IMAGES = "mnist/t10k-images-idx3-ubyte.gz", BUNDLED_LABELS = "mnist/t10k-labels-idx1-ubyte.gz";

    /**
     * The 10,000 MNIST test images and labels shipped with adjoint: {@code mnist()} without
     * arguments. Read as resource streams: opening the jar as a zip file system instead (to
     * get a Path) read its whole directory, ~50 ms of CPU at every first {@code mnist()}.
     */
    public static ArrayDataset bundled() throws IOException {
        return pair(BUNDLED_IMAGES, readImages(BUNDLED_IMAGES, bundledStream(BUNDLED_IMAGES)),
                BUNDLED_LABELS, readLabels(BUNDLED_LABELS, bundledStream(BUNDLED_LABELS)));
    }

    private static InputStream bundledStream(String name) throws IOException {
        InputStream in = Mnist.class.getResourceAsStream(name);
        if (in == null) throw new NoSuchFileException(name, null, "not shipped in this build of adjoint");
        return in;
    }

    /**
     * The images of a gzipped IDX image file as (n, rows·cols) doubles in [0, 1]. The header is
     * read first and its size checked against --max-elements before anything is allocated (a
     * small gzip may announce billions of pixels); then exactly the announced bytes are read.
     */
    public static NDArray readImages(Path gz) throws IOException {
        return readImages(gz.toString(), open(gz));
    }

    /** The images of the gzipped IDX stream {@code file} (closed here), named so in messages. */
    private static NDArray readImages(String gz, InputStream file) throws IOException {
        try (InputStream in = gunzip(gz, file)) {
            byte[] h = header(gz, in, 16, IMAGES_MAGIC, "images");
            int n = readInt(h, 4), rows = readInt(h, 8), cols = readInt(h, 12);
            if (n < 0 || rows <= 0 || cols <= 0)
                throw new IdxFormatException(gz + ": the IDX header gives impossible sizes: " + n + " images of " + rows + "×" + cols);
            long pixels = Limits.elements(n, rows, cols);
            checkLimit(gz, pixels, "(" + n + ", " + (long) rows * cols + ")");
            byte[] b = body(gz, in, pixels, n + " images of " + rows + "×" + cols);
            return NDArray.adopt(pixels(b), n, rows * cols);
        } catch (ZipException e) {
            throw notGzip(gz, e);
        } catch (EOFException e) {
            throw endsEarly(gz);
        }
    }

    /**
     * Bytes as pixel values in [0, 1]. A method of its own: the loop runs once, millions of times
     * round, and the JIT compiles it on the stack (OSR) while it runs; inside readImages it
     * compiled the whole reader with it, and finished after the loop had.
     */
    private static double[] pixels(byte[] b) {
        double[] d = new double[b.length];
        for (int i = 0; i < d.length; i++) d[i] = PIXEL[b[i] & 0xff];
        return d;
    }

    /** The labels of a gzipped IDX label file as (n,) doubles. */
    public static NDArray readLabels(Path gz) throws IOException {
        return readLabels(gz.toString(), open(gz));
    }

    private static NDArray readLabels(String gz, InputStream file) throws IOException {
        try (InputStream in = gunzip(gz, file)) {
            byte[] h = header(gz, in, 8, LABELS_MAGIC, "labels");
            int n = readInt(h, 4);
            if (n < 0) throw new IdxFormatException(gz + ": the IDX header gives a negative label count " + n);
            checkLimit(gz, n, "(" + n + ",)");
            byte[] b = body(gz, in, n, n + " labels");
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = b[i] & 0xff;
            return NDArray.adopt(d, n);
        } catch (ZipException e) {
            throw notGzip(gz, e);
        } catch (EOFException e) {
            throw endsEarly(gz);
        }
    }

    /** The decompressing stream over {@code file}; file is closed if its gzip header is bad. */
    private static InputStream gunzip(String gz, InputStream file) throws IOException {
        try {
            return new GZIPInputStream(file, 1 << 16);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Only a regular file is opened: a FIFO would block until written to, a device would not end. */
    private static InputStream open(Path gz) throws IOException {
        if (!Files.exists(gz)) throw new NoSuchFileException(gz.toString(), null, "no such file");
        if (!Files.isRegularFile(gz)) throw new IdxFormatException(gz + " is " + FileKind.of(gz) + ", not an MNIST file");
        return Files.newInputStream(gz);
    }

    private static IdxFormatException notGzip(String gz, ZipException e) {
        return new IdxFormatException(gz + ": not a gzip file (MNIST's IDX files are gzipped): " + e.getMessage());
    }

    private static IdxFormatException endsEarly(String gz) {
        return new IdxFormatException(gz + ": the gzip data ends early (an incomplete download?)");
    }

    private static void checkLimit(String gz, long elements, String shape) {
        try {
            Limits.check(elements, shape);
        } catch (Limits.LimitException e) {
            throw new Limits.LimitException(gz + ": " + e.getMessage());
        }
    }

    private static byte[] header(String gz, InputStream in, int size, int magic, String kind) throws IOException {
        byte[] b = in.readNBytes(size);
        if (b.length < 4)
            throw new IdxFormatException(gz + ": truncated: " + b.length + " bytes, too short for an IDX " + kind + " header of " + size + " bytes");
        int m = readInt(b, 0);
        if (m != magic) {
            String hint = m == IMAGES_MAGIC ? " (that of an image file: are the images and labels files swapped?)"
                    : m == LABELS_MAGIC ? " (that of a label file: are the images and labels files swapped?)"
                    : " (not an IDX " + kind + " file)";
            throw new IdxFormatException(gz + ": magic number " + hex(m) + " is not " + hex(magic) + ", the IDX " + kind + " magic" + hint);
        }
        if (b.length < size)
            throw new IdxFormatException(gz + ": truncated: " + b.length + " bytes, too short for an IDX " + kind + " header of " + size + " bytes");
        return b;
    }

    /** Bytes counted past the announced data before giving up counting (a gzip bomb must not keep us busy). */
    private static final long MAX_EXTRA_COUNTED = 64L << 20;

    /**
     * Exactly {@code want} bytes (already checked against the limit), read in blocks so that an
     * interrupt stops it and a file that ends early costs only what it had (at most 16 MB more);
     * then nothing more.
     */
    private static byte[] body(String gz, InputStream in, long want, String what) throws IOException {
        byte[] b = new byte[(int) Math.min(want, 1 << 24)]; // MNIST's test images (7.8 MB) in one piece, no copies
        int have = 0;
        while (have < want) {
            if (have == b.length) b = Arrays.copyOf(b, (int) Math.min(want, 2L * b.length));
            int k = in.read(b, have, b.length - have);
            if (k < 0) break;
            have += k;
            ComputationInterrupted.poll();
        }
        if (have < want)
            throw new IdxFormatException(gz + ": truncated: the header announces " + what + " (" + want + " bytes of data) but the file has only "
                    + have + " bytes after the header");
        long extra = 0;
        byte[] skip = new byte[1 << 16];
        for (int k; extra <= MAX_EXTRA_COUNTED && (k = in.read(skip)) > 0; ) {
            extra += k;
            ComputationInterrupted.poll();
        }
        if (extra > MAX_EXTRA_COUNTED)
            throw new IdxFormatException(gz + ": more than " + MAX_EXTRA_COUNTED + " bytes beyond the " + what + " that the header announces");
        if (extra > 0) throw new IdxFormatException(gz + ": " + extra + " bytes beyond the " + what + " that the header announces");
        return b;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static String hex(int v) {
        return String.format("0x%08X", v);
    }
}
