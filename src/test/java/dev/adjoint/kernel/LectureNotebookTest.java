package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/lecture.ipynb run by {@code jupyter nbconvert --to notebook --execute} on the adjoint
 * kernel, as a lecturer's machine would: the walkthrough's numbers and the MIME types of its
 * outputs. Also checks that the committed notebook carries its outputs.
 */
@Tag("slow")
class LectureNotebookTest {
    static final Path NOTEBOOK = Path.of("examples/lecture.ipynb");
    static JsonArray cells;

    @BeforeAll
    static void execute(@TempDir Path dir) throws Exception {
        assumeTrue(JupyterClients.haveJupyterClient() && Files.isExecutable(Path.of("/usr/bin/jupyter-nbconvert")),
                "jupyter nbconvert is not installed (apt-get install jupyter-nbconvert python3-nbclient)");
        int code = JupyterClients.run(dir, List.of("/usr/bin/jupyter-nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--ExecutePreprocessor.startup_timeout=300",
                "--output-dir", dir.toString(), "--output", "executed", NOTEBOOK.toAbsolutePath().toString()),
                dir.resolve("out.txt"), dir.resolve("log.txt"), 15);
        String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        assertThat(code).as("nbconvert ran the notebook (-1: still running after 15 minutes):\n" + log).isZero();
        cells = JsonParser.parseString(Files.readString(dir.resolve("executed.ipynb"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonArray("cells");
    }

    /** The outputs of the code cell whose source is {@code source}. */
    static List<JsonObject> outputs(String source) {
        return outputs(cells, source);
    }

    static List<JsonObject> outputs(JsonArray cells, String source) {
        for (JsonElement c : cells) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code") || !text(cell.get("source")).equals(source)) continue;
            List<JsonObject> out = new ArrayList<>();
            cell.getAsJsonArray("outputs").forEach(o -> out.add(o.getAsJsonObject()));
            return out;
        }
        throw new AssertionError("no cell " + source);
    }

    /** A notebook string: one string or a list of lines. */
    static String text(JsonElement e) {
        if (e.isJsonPrimitive()) return e.getAsString();
        StringBuilder sb = new StringBuilder();
        e.getAsJsonArray().forEach(x -> sb.append(x.getAsString()));
        return sb.toString();
    }

    /** The cell's result (its last display), by MIME type. */
    static JsonObject result(String source) {
        List<JsonObject> out = outputs(source);
        for (int i = out.size() - 1; i >= 0; i--) if (out.get(i).has("data")) return out.get(i).getAsJsonObject("data");
        throw new AssertionError("cell " + source + " shows nothing: " + out);
    }

    static String stdout(String source) {
        StringBuilder sb = new StringBuilder();
        for (JsonObject o : outputs(source))
            if (o.get("output_type").getAsString().equals("stream")) sb.append(text(o.get("text")));
        return sb.toString();
    }

    @Test
    void noCellFails() {
        for (JsonElement c : cells) {
            if (!c.getAsJsonObject().has("outputs")) continue;
            for (JsonElement o : c.getAsJsonObject().getAsJsonArray("outputs"))
                assertThat(o.getAsJsonObject().get("output_type").getAsString()).as(text(c.getAsJsonObject().get("source"))).isNotEqualTo("error");
        }
    }

    @Test
    void theWalkthroughsNumbers() {
        assertThat(text(result("x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\ny").get("text/plain"))).isEqualTo("11.652");
        assertThat(text(result(":trace y").get("text/plain"))).contains("v3    ln v1        0.693", "y = v7 = 11.652");
        assertThat(text(result(":forward y wrt x1").get("text/plain"))).contains("\u2202y/\u2202x1 = 5.5");
        String reverse = text(result(":reverse y").get("text/plain"));
        assertThat(reverse).contains("v\u03041 = v\u03041\u21923 + v\u03041\u21924 = 0.5 + 5 = 5.5", "v\u03042 = v\u03042\u21924 + v\u03042\u21925 = 2 + (-0.284) = 1.716");
        assertThat(text(result(":grad y").get("text/plain"))).isEqualTo("\u2202y/\u2202x1 = 5.5\n\u2202y/\u2202x2 = 1.716\n");
        assertThat(text(result(":check y").get("text/plain"))).contains("all 2 gradient entries agree");
        assertThat(text(result(":reverse y --format latex").get("text/latex"))).contains("\\begin{aligned}", "= 1.716", "= 5.5");
    }

    @Test
    void reportsComeAsTablesJsonAndLatex() {
        for (String report : List.of(":trace y", ":forward y wrt x1", ":reverse y")) {
            JsonObject data = result(report);
            assertThat(data.keySet()).as(report).contains("text/plain", "text/html", "text/latex", "application/json");
            assertThat(text(data.get("text/html"))).as(report).contains("<table", "11.652");
            assertThat(data.getAsJsonObject("application/json").get("target").getAsString()).isEqualTo("y");
        }
        for (String report : List.of(":check y", ":jacobian y", ":grad y"))
            assertThat(result(report).keySet()).as(report).contains("text/plain", "application/json");
        assertThat(result(":check y").keySet()).contains("text/html");
    }

    @Test
    void theGraphIsAlwaysAPicture() {
        JsonObject graph = result(":graph y --edges");
        assertThat(text(graph.get("text/plain"))).contains("v1 = x1");
        assertThat(text(graph.get("image/svg+xml"))).startsWith("<svg").contains("v\u03041\u21923 = 0.5");
        assertThat(text(graph.get("text/html"))).startsWith("<img");
    }

    @Test
    void thePyTorchTutorialsGradients() {
        String grads = stdout("external_grad = torch.tensor([1., 1.])\nQ.backward(gradient=external_grad)\n"
                + "# check if collected gradients are correct\nprint(9*a**2 == a.grad)\nprint(-2*b == b.grad)\nprint(a.grad, b.grad)");
        // what PyTorch 1.13 prints for the same lines (the tutorial's cell plus a print, run by /usr/bin/python3 with torch)
        assertThat(grads).isEqualTo("tensor([True, True])\ntensor([True, True])\ntensor([36., 81.]) tensor([-12.,  -8.])\n");
    }

    @Test
    void theCommittedNotebookCarriesItsOutputs() throws Exception {
        JsonArray saved = JsonParser.parseString(Files.readString(NOTEBOOK, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("cells");
        int code = 0;
        for (JsonElement c : saved) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) continue;
            code++;
            assertThat(cell.getAsJsonArray("outputs")).as(text(cell.get("source"))).isNotEmpty();
        }
        assertThat(code).isGreaterThan(10);
        assertThat(outputs(saved, ":trace y").get(0).getAsJsonObject("data").keySet()).contains("text/html");
    }
}
