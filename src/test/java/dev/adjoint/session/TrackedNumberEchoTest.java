package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.render.ValueFormat;
import org.junit.jupiter.api.Test;

/** The echo of the lecture's tracked numbers: floats with --precision digits, ints with all of theirs, as Python's REPL (tester finding). */
class TrackedNumberEchoTest extends SessionHarness {
    private String echo(String expression) {
        Object v = session.eval(expression, out).value().orElseThrow();
        return new ValueFormat(3).echo(v, session.echoStyle());
    }

    @Test
    void anIntInputAndWhatIsComputedFromItShowEveryDigit() {
        run("x = 2");
        run("n = 12345678901234567");
        assertThat(echo("x ** 64")).isEqualTo("18446744073709551616");
        assertThat(echo("n")).isEqualTo("12345678901234567");
        assertThat(echo("n + 1")).isEqualTo("12345678901234568");
        assertThat(echo("-x * 10**20")).isEqualTo("-200000000000000000000");
        assertThat(echo("x * 3")).isEqualTo("6");
    }

    @Test
    void aFloatKeepsTheLecturesDisplay() {
        run("x1 = 2");
        run("x2 = 5");
        assertThat(echo("ln(x1) + x1*x2 - sin(x2)")).isEqualTo("11.652");
        assertThat(echo("x1 / 1")).isEqualTo("2.0");
        assertThat(echo("x1 * 1e20")).isEqualTo("2e+20");
        run("b = True");
        assertThat(echo("x1 > 1")).isEqualTo("True");
    }
}
