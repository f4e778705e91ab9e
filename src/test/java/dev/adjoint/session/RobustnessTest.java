package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Lexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input never escapes as anything but a LangError with a span inside the input. */
@ExtendWith(NoStdout.class)
class RobustnessTest {
    private static final String[] VOCABULARY = {"x", "y", "1", "2.5", "-", "+", "*", "/", "//", "%", "@", "**", "^", "(", ")", "[", "]",
        ",", ":", ".", "=", "==", "<", "and", "or", "not", "if", "for", "in", "range(3)", "while", "def", "f", "return", "\n", "\n    ",
        "sum", "grad", "x.grad", ".T", "[0]", "[1:]", "'s'", "None", "True", ";", "+=", "with", "no_grad()", "break", "pass", "zeros(2)",
        "x.backward()", "$", "#c"};

    @Test
    void randomTokenSoupGivesOnlyLangErrorsWithSpans() {
        Random random = new Random(42);
        RecordingOutput out = new RecordingOutput();
        List<String> problems = new ArrayList<>();
        for (int it = 0; it < 5000; it++) {
            Session session = new Session();
            session.eval("x = [1, 2]\ny = 3\ndef f(a): return a * 2\n", out);
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++)
                sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextBoolean() ? " " : "");
            String source = sb.toString();
            try {
                session.isComplete(source);
                session.unfinished(source);
                Lexer.scanForHighlighting(source);
                session.eval(source, out);
            } catch (LangError e) {
                if (e.span() == null || e.span().offset() < 0 || e.span().end() > source.length() || e.getMessage().startsWith("internal error"))
                    problems.add(e.getMessage() + " <- " + source);
            } catch (Throwable t) {
                problems.add(t + " <- " + source);
            }
        }
        assertThat(problems).isEmpty();
    }
}
