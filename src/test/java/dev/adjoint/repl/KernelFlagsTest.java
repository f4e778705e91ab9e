package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's Jupyter flags: --install-kernel writes a kernelspec Jupyter can start; --kernel checks its file. */
class KernelFlagsTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void installKernelWritesAKernelspecUnderThePrefix(@TempDir Path dir) throws Exception {
        Run r = run("--install-kernel", "--prefix", dir.toString(), "--precision", "4");
        assertThat(r.code()).as(r.err()).isZero();
        Path spec = dir.resolve("share/jupyter/kernels/adjoint/kernel.json");
        assertThat(r.out()).contains(spec.getParent().toString());
        JsonObject json = JsonParser.parseString(Files.readString(spec)).getAsJsonObject();
        List<String> argv = new ArrayList<>();
        json.getAsJsonArray("argv").forEach(e -> argv.add(e.getAsString()));
        assertThat(argv.subList(argv.size() - 2, argv.size())).containsExactly("--kernel", "{connection_file}");
        assertThat(argv).containsSequence("--precision", "4");
        assertThat(Path.of(argv.get(0))).isAbsolute();
        assertThat(json.get("display_name").getAsString()).isEqualTo("adjoint");
        assertThat(json.get("language").getAsString()).isEqualTo("adjoint");
        assertThat(json.get("interrupt_mode").getAsString()).isEqualTo("message");
        // run from target/classes, the launcher of this checkout is what Jupyter will start
        assertThat(argv.get(0)).endsWith("scripts/adjoint");
    }

    @Test
    void theKernelRefusesAConnectionFileWithoutAKey(@TempDir Path dir) throws Exception {
        Path conn = dir.resolve("kernel.json");
        Files.writeString(conn, "{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"shell_port\": 1, \"iopub_port\": 2,"
                + " \"stdin_port\": 3, \"control_port\": 4, \"hb_port\": 5, \"signature_scheme\": \"hmac-sha256\", \"key\": \"\"}");
        Run r = run("--kernel", conn.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has no key").doesNotContain("Exception");
    }

    @Test
    void theKernelSaysWhenItsConnectionFileIsMissingOrNotOne(@TempDir Path dir) throws Exception {
        Run missing = run("--kernel", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the connection file: no such file: ").doesNotContain("\tat ", "Exception");
        Run directory = run("--kernel", dir.toString()); // read as a script is: a regular file only
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory").doesNotContain("Exception");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "not json at all");
        Run garbage = run("--kernel", bad.toString());
        assertThat(garbage.code()).isEqualTo(2);
        assertThat(garbage.err()).contains("is not a Jupyter connection file");
    }
}
