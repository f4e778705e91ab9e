package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.data.Mnist;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: relative file names in a script are its folder's, wherever it is run from. */
class ScriptFolderTest {
    @TempDir
    Path dir;

    private static void gz(Path p, int magic, int[] dims, int data) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(4 + 4 * dims.length + data);
        bb.putInt(magic);
        for (int d : dims) bb.putInt(d);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(bb.array());
        }
    }

    @Test
    void aScriptFindsTheFilesBesideIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lesson"));
        gz(folder.resolve("i.gz"), Mnist.IMAGES_MAGIC, new int[] {3, 2, 2}, 12);
        gz(folder.resolve("l.gz"), Mnist.LABELS_MAGIC, new int[] {3}, 3);
        Files.createDirectories(folder.resolve("parts"));
        Files.writeString(folder.resolve("parts/setup.adj"), "x1 = 2\nx2 = 5\n:load more.adj\n");
        Files.writeString(folder.resolve("parts/more.adj"), "y = ln(x1) + x1*x2 - sin(x2)\n");
        Files.writeString(folder.resolve("main.adj"), """
                train = mnist("i.gz", "l.gz")
                print(len(train), "images")
                :load parts/setup.adj
                :graph y --out out/y.dot
                """);
        // run from elsewhere (the project folder): before, "no such file" for each of these
        MainTest.Run r = MainTest.run("", folder.resolve("main.adj").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 images").contains("wrote " + folder.resolve("out/y.dot"));
        assertThat(folder.resolve("out/y.dot")).exists();
        assertThat(Path.of("out/y.dot")).doesNotExist();
    }

    @Test
    void atThePromptAndInStatementsNamesAreTheWorkingDirectorysAndMnistNeedsNone() {
        MainTest.Run r = MainTest.run("", "-e", "train = mnist()", "-e", "print(len(train))", "-e", "mnist(\"no-such.gz\", \"l.gz\")");
        assertThat(r.out()).contains("10000");
        assertThat(r.err()).contains("no-such.gz: no such file").doesNotContain(dir.toString());
    }
}
