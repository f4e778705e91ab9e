package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 14: the examples ship, run as the command line runs them, and print what the lecture shows. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    private static String transcript(String name) throws IOException {
        try (InputStream in = ExamplesTest.class.getResourceAsStream("/transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MainTest.Run script(String name) {
        MainTest.Run r = MainTest.run("", EXAMPLES.resolve(name).toString());
        assertThat(r.err()).as(name).isEmpty();
        assertThat(r.code()).as(name).isZero();
        return r;
    }

    /** The walkthrough as a script prints exactly what the prompt prints (the golden transcript, without the inputs). */
    @Test
    void lectureScriptIsTheWalkthrough() throws IOException {
        String expected = transcript("lecture.txt").lines().filter(l -> !l.startsWith(">>> ")).map(l -> l + "\n").reduce("", String::concat);
        assertThat(script("lecture.adj").out()).isEqualTo(expected);
    }

    @Test
    void baydinScriptPrintsTables2And3() throws IOException {
        String out = script("baydin.adj").out();
        assertThat(out).isEqualTo(transcript("baydin.txt"));
        assertThat(out).contains("v-1   x1", "v5    v4 − v3     11.652", "Table 2", "Table 3", "y\u0307 = v\u03075 = 5.5", "x\u03041 = v\u0304−1 = 5.5", "x̄2 = v̄0 = 1.716");
    }

    /** Issue 14 items 8 and 9 as the class meets them: intermediate names, an old leaf after rebinding, values recorded before x.data changed. */
    @Test
    void rebindingScriptShowsOldNamesAndValuesRecordedBefore() throws IOException {
        String out = script("rebinding.adj").out();
        assertThat(out).isEqualTo(transcript("rebinding.txt"));
        assertThat(out).contains("v3 (a)  v1 × v2", "v1      x1 (old)     2", "∂y/∂x1 (old) = 5.5", "∂y/∂x1 = 5.333", "w changed after L was computed")
                .containsPattern("v4 +sum\\(v3\\) .* recorded before the change").contains("all 2 gradient entries agree");
    }

    /** The course's network on the shipped images gives NumPy float64's numbers (as TrainingTest checks through Java). */
    @Test
    @Tag("slow")
    void mnistScriptTrainsOnTheShippedImages() {
        String out = script("mnist.adj").out();
        assertThat(out).contains("MNIST: 10000 images", "epoch 1  loss 0.383751  error 0.1138", "epoch 5  loss 0.184974  error 0.0534");
    }

    @Test
    @Tag("slow")
    void scalarGraphScriptGivesTheReferenceDerivative() {
        assertThat(script("scalar_graph.adj").out()).contains("dy/da = 0.0673674247");
    }

    @Test
    void everyExampleIsRunByATestHere() throws IOException {
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.forEach(f -> shipped.add(f.getFileName().toString()));
        }
        // lecture.ipynb is executed by kernel.LectureNotebookTest, the scripts here
        assertThat(shipped).containsExactlyInAnyOrder("lecture.adj", "baydin.adj", "rebinding.adj", "mnist.adj", "scalar_graph.adj", "lecture.ipynb");
    }

    /** :help load suggests :load examples/lecture.adj; every examples/... that the help or the README names exists. */
    @Test
    void theHelpAndTheReadmeNameOnlyExamplesThatExist() throws IOException {
        List<Path> sources = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
        Set<String> named = new TreeSet<>();
        Pattern example = Pattern.compile("examples/[A-Za-z0-9_.-]+\\.adj");
        for (Path f : sources) {
            Matcher m = example.matcher(Files.readString(f));
            while (m.find()) named.add(m.group());
        }
        assertThat(named).contains("examples/lecture.adj", "examples/baydin.adj", "examples/mnist.adj");
        for (String n : named) assertThat(Path.of(n)).as(n).isRegularFile();
    }
}
