package dev.adjoint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.ndarray.NDArray;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader on small files written here, good and bad; the real t10k files when present. */
class MnistTest {
    @TempDir
    Path dir;

    private static byte[] idx(int magic, int[] dims, int dataBytes, int fill) {
        ByteBuffer bb = ByteBuffer.allocate(4 + 4 * dims.length + Math.max(dataBytes, 0));
        bb.putInt(magic);
        for (int d : dims) bb.putInt(d);
        for (int i = 0; i < dataBytes; i++) bb.put((byte) ((i * 37 + fill) & 0xff));
        return bb.array();
    }

    private Path gz(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content);
        }
        return p;
    }

    private Path images(String name, int n, int rows, int cols) throws IOException {
        return gz(name, idx(Mnist.IMAGES_MAGIC, new int[] {n, rows, cols}, n * rows * cols, 0));
    }

    private Path labels(String name, int n) throws IOException {
        byte[] b = idx(Mnist.LABELS_MAGIC, new int[] {n}, n, 0);
        for (int i = 0; i < n; i++) b[8 + i] = (byte) (i % 10);
        return gz(name, b);
    }

    @Test
    void readsImagesScaledToUnitIntervalAndLabels() throws IOException {
        ArrayDataset d = Mnist.load(images("i.gz", 5, 3, 4), labels("l.gz", 5));
        assertThat(d.size()).isEqualTo(5);
        NDArray x = d.field(0), y = d.field(1);
        assertThat(x.shape()).containsExactly(5, 12);
        assertThat(y.shape()).containsExactly(5);
        for (int i = 0; i < 60; i++) assertThat(x.toArray()[i]).isEqualTo(((i * 37) & 0xff) / 255.0);
        assertThat(Arrays.stream(x.toArray()).allMatch(v -> v >= 0 && v <= 1)).isTrue();
        assertThat(y.toArray()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void swappedFilesAreNamed() throws IOException {
        Path i = images("i.gz", 2, 2, 2), l = labels("l.gz", 2);
        assertThatThrownBy(() -> Mnist.load(l, i)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining(l.toString()).hasMessageContaining("magic number 0x00000801 is not 0x00000803")
                .hasMessageContaining("swapped");
    }

    @Test
    void wrongMagic() throws IOException {
        Path p = gz("x.gz", idx(0x12345678, new int[] {1}, 1, 0));
        assertThatThrownBy(() -> Mnist.readLabels(p)).hasMessageContaining(p + ": magic number 0x12345678 is not 0x00000801")
                .hasMessageContaining("not an IDX labels file");
    }

    @Test
    void truncatedHeaderAndBody() throws IOException {
        Path shortHeader = gz("h.gz", Arrays.copyOf(idx(Mnist.IMAGES_MAGIC, new int[] {1, 28, 28}, 0, 0), 10));
        assertThatThrownBy(() -> Mnist.readImages(shortHeader)).hasMessageContaining(shortHeader + ": truncated: 10 bytes");
        Path shortBody = gz("b.gz", idx(Mnist.IMAGES_MAGIC, new int[] {3, 28, 28}, 2 * 784 + 5, 0));
        assertThatThrownBy(() -> Mnist.readImages(shortBody))
                .hasMessageContaining("truncated: the header announces 3 images of 28×28 (2352 bytes of data) but the file has only 1573 bytes");
        Path tiny = gz("t.gz", new byte[] {0, 0});
        assertThatThrownBy(() -> Mnist.readLabels(tiny)).hasMessageContaining("truncated: 2 bytes");
        Path extra = gz("e.gz", idx(Mnist.LABELS_MAGIC, new int[] {3}, 4, 0));
        assertThatThrownBy(() -> Mnist.readLabels(extra)).hasMessageContaining("1 bytes beyond the 3 labels");
    }

    @Test
    void countsMustAgree() throws IOException {
        Path i = images("i.gz", 4, 2, 2), l = labels("l.gz", 3);
        assertThatThrownBy(() -> Mnist.load(i, l)).hasMessageContaining(i + " has 4 images but " + l + " has 3 labels");
    }

    @Test
    void notGzippedOrCutGzipOrMissing() throws IOException {
        Path raw = dir.resolve("raw");
        Files.write(raw, idx(Mnist.LABELS_MAGIC, new int[] {1}, 1, 0));
        assertThatThrownBy(() -> Mnist.readLabels(raw)).hasMessageContaining(raw + ": not a gzip file");
        byte[] whole = Files.readAllBytes(images("w.gz", 50, 28, 28));
        Path cut = dir.resolve("cut.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> Mnist.readImages(cut)).hasMessageContaining(cut + ": the gzip data ends early");
        assertThatThrownBy(() -> Mnist.readImages(dir.resolve("nope.gz"))).isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.gz");
    }

    /** Issue 14: the t10k set ships in the project; mnist() without arguments loads it. */
    @Test
    void theShippedTestSet() throws IOException {
        ArrayDataset ds = Mnist.bundled();
        assertThat(ds.field(0).shape()).containsExactly(10000, 784);
        assertThat(Arrays.copyOf(ds.field(1).toArray(), 10)).containsExactly(7, 2, 1, 0, 4, 1, 4, 9, 5, 9);
    }

    /** The README beside the shipped files names their source and license and gives their sha256. */
    @Test
    void theShippedFilesAreTheOnesTheirReadmeDescribes() throws Exception {
        Path folder = Path.of("src/main/resources/dev/adjoint/data/mnist");
        String readme = Files.readString(folder.resolve("README.md"));
        assertThat(readme).contains("CC BY-SA 3.0", "http://yann.lecun.com/exdb/mnist/", "LeCun");
        for (String name : new String[] {Mnist.BUNDLED_IMAGES, Mnist.BUNDLED_LABELS}) {
            Path file = folder.getParent().resolve(name);
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertThat(readme).contains("`" + file.getFileName() + "` " + sha);
        }
    }

    /** Issue 15, item 7: the header's size meets --max-elements before any buffer is allocated (before: read, then allocated). */
    @Test
    void theAnnouncedSizeIsCheckedAgainstTheElementLimitFirst() throws IOException {
        Path i = images("i.gz", 20, 10, 10), l = labels("l.gz", 2000);
        try (var limit = dev.adjoint.ndarray.Limits.maxElements(1000)) {
            assertThatThrownBy(() -> Mnist.readImages(i)).isInstanceOf(dev.adjoint.ndarray.Limits.LimitException.class)
                    .hasMessage(i + ": a tensor of shape (20, 100) would need 2,000 elements (16 kB); the limit is 1,000 elements (8 kB), set by --max-elements");
            assertThatThrownBy(() -> Mnist.readLabels(l)).hasMessageStartingWith(l + ": a tensor of shape (2000,) would need 2,000 elements");
        }
        // a header announcing more than an array can hold, in a file of a few bytes
        Path huge = gz("huge.gz", idx(Mnist.IMAGES_MAGIC, new int[] {Integer.MAX_VALUE, 28, 28}, 10, 0));
        assertThatThrownBy(() -> Mnist.readImages(huge)).hasMessageContaining("would need 1,683,627,179,248 elements");
    }

    /** Issue 15, items 4 and 13: a folder or a FIFO is named and refused at once (before: no name, or blocked). */
    @Test
    void foldersAndFifosAreRefusedByName() throws Exception {
        assertThatThrownBy(() -> Mnist.load(dir, dir)).isInstanceOf(IdxFormatException.class)
                .hasMessage(dir + " is a directory, not an MNIST file");
        Path fifo = dir.resolve("fifo.gz");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        assertThatThrownBy(() -> Mnist.readImages(fifo)).hasMessage(fifo + " is a FIFO (named pipe), not an MNIST file");
    }
}
