package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import dev.adjoint.testing.StrictJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 10: every JSON output parses with a strict parser, on graphs whose values and
 * gradients are infinite or NaN, and on names and strings with quotes and control characters.
 * Before: {"value":-Infinity,"grad":{"x":Infinity}}, which JSON.parse rejects.
 */
class JsonOutputTest extends ShellHarness {
    /** Runs an input that must succeed; what it printed. */
    private String output(String input) {
        take(out);
        take(err);
        assertThat(ok(input)).as(input + ": " + err).isTrue();
        return take(out);
    }

    /** Every command with --format json, on the target y (a number) whose input is x. */
    static final List<String> COMMANDS = List.of(":trace y", ":trace y --order creation", ":forward y wrt x", ":reverse y",
            ":grad y", ":check y", ":jacobian y", ":replay y x=x+1", ":vars", ":backward y", ":graph y");

    private void allParse(String setup) {
        run(":reset");
        for (String line : setup.split("\n")) output(line);
        for (String c : COMMANDS) {
            String json = output(c + " --format json");
            assertThat(json).as(c).endsWith("\n");
            try {
                StrictJson.parse(json.strip());
            } catch (IllegalArgumentException e) {
                throw new AssertionError(c + " --format json after\n" + setup + "\n" + e.getMessage() + "\n" + json, e);
            }
        }
    }

    @Test
    void everyJsonOutputIsStrictJson() {
        allParse("x = 2\ny = ln(x) + x * x - sin(x)");
        allParse("x = 0\ny = ln(x) * 2"); // -inf, and an infinite gradient
        allParse("x = tensor(0.0, requires_grad=True)\ny = x / x"); // nan (a Python 0 / 0 raises ZeroDivisionError)
        allParse("x = 1e308\ny = x * 10 - x * 10"); // inf - inf
        allParse("x = tensor([0.0, 1.0], requires_grad=True)\ny = (ln(x) * x).sum()");
        allParse("x = 2\ns = 'say \"hi\"\\t\\u0001'\ny = x * 3");
    }

    @Test
    void nonFiniteNumbersAreTheStringsPythonsFloatReads() {
        output("x = 0");
        output("y = ln(x)");
        Object grad = StrictJson.parse(output(":grad y --format json").strip());
        assertThat(grad).isEqualTo(Map.of("target", "y", "value", "-inf", "grad", Map.of("x", "inf")));
    }

    @Test
    void theStrictParserRejectsWhatIsNotJson() {
        for (String bad : new String[] {"{\"a\":NaN}", "[1,]", "{\"a\":Infinity}", "01", "[-Infinity]", "\"a\u0001\"", "{} {}", "'a'"}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> StrictJson.parse(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(StrictJson.parse("{\"a\":[1,2.5e-3,-0.0,true,null,\"\\u00e9\"]}")).isEqualTo(
                Map.of("a", java.util.Arrays.asList(1.0, 2.5e-3, -0.0, true, null, "é")));
    }
}
