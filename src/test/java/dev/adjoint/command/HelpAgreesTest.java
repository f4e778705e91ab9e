package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.repl.Shell;
import dev.adjoint.repl.ShellOptions;
import dev.adjoint.session.report.FiniteDifferences;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What :help and the README say agrees with the code and with the files they name (issue 14). */
class HelpAgreesTest {
    private final Shell shell = new Shell(ShellOptions.defaults());

    private String help(String topic) {
        StringWriter out = new StringWriter();
        shell.run(":help " + topic, null, 1, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void checksStepIsTheSameInTheHelpTheReadmeAndTheCode() throws Exception {
        String phrase = "h = ε^(1/5)·max(1, |x|) (ε^(1/5) ≈ ";
        String help = help("check").replaceAll("\\s+", " ");
        Matcher m = Pattern.compile(Pattern.quote(phrase) + "([0-9.e-]+)\\)").matcher(help);
        assertThat(m.find()).as(help).isTrue();
        double said = Double.parseDouble(m.group(1));
        assertThat(Math.abs(said - FiniteDifferences.STEP) / FiniteDifferences.STEP).isLessThan(0.01);
        assertThat(readme().replaceAll("\\s+", " ")).contains(phrase + m.group(1) + ")").doesNotContain("∛ε");
    }
}
