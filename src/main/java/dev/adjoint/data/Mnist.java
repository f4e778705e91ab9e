package dev.adjoint.data;

import dev.adjoint.ndarray.NDArray;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        NDArray x = readImages(imagesGz), y = readLabels(labelsGz);
        if (x.dim(0) != y.dim(0))
            throw new IdxFormatException("MNIST files disagree: " + imagesGz + " has " + x.dim(0) + " images but "
                    + labelsGz + " has " + y.dim(0) + " labels");
        return new ArrayDataset(x, y);
    }

    public static ArrayDataset load(String imagesGz, String labelsGz) throws IOException {
        return load(Path.of(imagesGz), Path.of(labelsGz));
    }

    /** The images of a gzipped IDX image file as (n, rows·cols) doubles in [0, 1]. */
    public static NDArray readImages(Path gz) throws IOException {
        byte[] b = gunzip(gz);
        header(gz, b, 16, IMAGES_MAGIC, "images");
        int n = readInt(b, 4), rows = readInt(b, 8), cols = readInt(b, 12);
        if (n < 0 || rows <= 0 || cols <= 0)
            throw new IdxFormatException(gz + ": the IDX header gives impossible sizes: " + n + " images of " + rows + "×" + cols);
        long pixels = (long) n * rows * cols;
        body(gz, b, 16, pixels, n + " images of " + rows + "×" + cols);
        double[] d = new double[(int) pixels];
        for (int i = 0; i < d.length; i++) d[i] = PIXEL[b[16 + i] & 0xff];
        return NDArray.adopt(d, n, rows * cols);
    }

    /** The labels of a gzipped IDX label file as (n,) doubles. */
    public static NDArray readLabels(Path gz) throws IOException {
        byte[] b = gunzip(gz);
        header(gz, b, 8, LABELS_MAGIC, "labels");
        int n = readInt(b, 4);
        if (n < 0) throw new IdxFormatException(gz + ": the IDX header gives a negative label count " + n);
        body(gz, b, 8, n, n + " labels");
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = b[8 + i] & 0xff;
        return NDArray.adopt(d, n);
    }

    private static byte[] gunzip(Path gz) throws IOException {
        if (!Files.exists(gz)) throw new NoSuchFileException(gz.toString(), null, "no such file");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
            return in.readAllBytes();
        } catch (ZipException e) {
            throw new IdxFormatException(gz + ": not a gzip file (MNIST's IDX files are gzipped): " + e.getMessage());
        } catch (EOFException e) {
            throw new IdxFormatException(gz + ": the gzip data ends early (an incomplete download?)");
        }
    }

    private static void header(Path gz, byte[] b, int size, int magic, String kind) throws IdxFormatException {
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
    }

    private static void body(Path gz, byte[] b, int headerSize, long want, String what) throws IdxFormatException {
        long have = b.length - headerSize;
        if (have < want)
            throw new IdxFormatException(gz + ": truncated: the header announces " + what + " (" + want + " bytes of data) but the file has only "
                    + have + " bytes after the header");
        if (have > want)
            throw new IdxFormatException(gz + ": " + (have - want) + " bytes beyond the " + what + " that the header announces");
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static String hex(int v) {
        return String.format("0x%08X", v);
    }
}
