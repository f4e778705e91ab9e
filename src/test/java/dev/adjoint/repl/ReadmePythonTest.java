package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.Modules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's "Python as you type it" shows real sessions: every {@code >>>} input (with its
 * {@code ...} lines) is run by one Shell as the prompt runs it, and what it prints, errors
 * included, must be the lines shown under it. :help python lists the modules import offers.
 */
class ReadmePythonTest {
    private static final String SECTION = "### Python as you type it";

    @Test
    void theSessionsShownInTheReadmePrintWhatTheySay() throws Exception {
        assertThat(checkSection(SECTION)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theNumpySessionsShownInTheReadmePrintWhatTheySay() throws Exception {
        assertThat(checkSection("### NumPy arrays")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theNeedleSessionShownInTheReadmePrintsWhatItSays() throws Exception {
        assertThat(checkSection("### needle")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void thePyTorchSessionShownInTheReadmePrintsWhatItSays() throws Exception {
        assertThat(checkSection("### PyTorch programs")).isGreaterThanOrEqualTo(9);
    }

    /** Checks every session of a README section; returns how many inputs it checked. */
    private static int checkSection(String title) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(title);
        assertThat(start).as("README has the section " + title).isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n### ", start + title.length()));
        String[] blocks = section.split("```\n");
        int checked = 0;
        for (int b = 1; b < blocks.length; b += 2) checked += check(blocks[b]);
        return checked;
    }

    /** Runs one block's inputs in a fresh shell; returns how many inputs it checked. */
    private static int check(String block) {
        Shell shell = new Shell(ShellOptions.defaults());
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed, true);
        List<String> lines = block.lines().toList();
        int inputs = 0;
        for (int i = 0; i < lines.size();) {
            assertThat(lines.get(i)).as("a block starts with an input").startsWith(">>> ");
            StringBuilder input = new StringBuilder(lines.get(i++).substring(4));
            while (i < lines.size() && (lines.get(i).startsWith("... ") || lines.get(i).equals("...")))
                input.append('\n').append(lines.get(i++).substring(Math.min(4, lines.get(i - 1).length())));
            StringBuilder expected = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith(">>> ")) expected.append(lines.get(i++)).append('\n');
            printed.getBuffer().setLength(0);
            shell.run(input.toString().strip() + "\n", null, 1, out, out);
            String said = printed.toString().replaceAll("(?m)^<stdin>:\\d+:\\d+: ", "");
            assertThat(said).as(input.toString()).isEqualTo(expected.toString());
            inputs++;
        }
        return inputs;
    }

    @Test
    void helpPythonNamesTheModulesImportOffers() {
        StringWriter said = new StringWriter();
        new Shell(ShellOptions.defaults()).run(":help python", null, 1, new PrintWriter(said), new PrintWriter(new StringWriter()));
        assertThat(said.toString().replaceAll("\\s+", " ")).contains("(modules: " + Modules.offered() + ";");
    }
}
