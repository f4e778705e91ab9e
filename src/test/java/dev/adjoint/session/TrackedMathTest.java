package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.session.report.GradReport;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A lecture graph written with Python's math module and %: math.log(x1) is recorded as ln(x1), so
 * :grad has every edge (tester T36: the terms were constants and ∂y/∂x1 was 5, not 5.5), and x % b
 * is torch.remainder (T35). Each gradient against central differences of the same expression in
 * CPython's functions, and the values against CPython's (the number printed is math's, bit for bit).
 */
class TrackedMathTest extends SessionHarness {
    private static final double H = 1e-6;

    private double[] grads(String inputs, String expr, String... names) {
        run(inputs + "\ny = " + expr);
        GradReport g = session.grad(session.target(Arg.of("y")), List.of());
        double[] out = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            out[i] = g.entries().stream().filter(e -> e.label().equals(name)).findFirst().orElseThrow().grad().item();
        }
        return out;
    }

    private static double central(DoubleBinaryOperator f, double a, double b, boolean wrtA) {
        return wrtA ? (f.applyAsDouble(a + H, b) - f.applyAsDouble(a - H, b)) / (2 * H) : (f.applyAsDouble(a, b + H) - f.applyAsDouble(a, b - H)) / (2 * H);
    }

    @Test
    void theLectureExampleWithMathFunctions() {
        double[] g = grads("import math\nx1 = 2\nx2 = 5", "math.log(x1) + x1*x2 - math.sin(x2)", "x1", "x2");
        assertThat(g[0]).isEqualTo(5.5);
        assertThat(g[1]).isEqualTo(2 - Math.cos(5));
        assertThat(value("y")).isEqualTo(Math.log(2) + 10 - Math.sin(5));
    }

    @Test
    void everyRecordedMathFunctionAgainstCentralDifferences() {
        DoubleBinaryOperator f = (a, b) -> Math.sqrt(a) + Math.exp(b) + Math.sin(a * b) + Math.tanh(b) + Math.atan2(a, b)
                + Math.hypot(a, b) + Math.pow(a, b) + Math.log(a) / Math.log(b) + Math.toDegrees(b) + Math.abs(-a) + Math.log10(a) + Math.expm1(b);
        String expr = "math.sqrt(a) + math.exp(b) + math.log(a) + math.sin(a * b) + math.tanh(b) + math.atan2(a, b) + math.hypot(a, b)"
                + " + math.pow(a, b) + math.log(a, b) + math.degrees(b) + math.fabs(-a) + math.log10(a) + math.expm1(b) - math.log(a)";
        double[] g = grads("import math\na = 1.3\nb = 0.7", expr, "a", "b");
        assertThat(g[0]).isCloseTo(central(f, 1.3, 0.7, true), within(1e-6));
        assertThat(g[1]).isCloseTo(central(f, 1.3, 0.7, false), within(1e-6));
    }

    @Test
    void remainderHasSlopeOneInTheDividendAndMinusTheFlooredQuotientInTheDivisor() {
        assertThat(grads("x = 1.5", "x * 2 + x % 1", "x")).containsExactly(3.0);
        assertThat(grads("m = 7.5", "10 % m", "m")).containsExactly(-1.0); // floor(10 / 7.5) = 1
        assertThat(grads("a = 7.5\nb = -2.0", "a % b", "a", "b")).containsExactly(1.0, 4.0); // floor(-3.75) = -4
        assertThat(value("y")).isEqualTo(-0.5); // Python's %: the divisor's sign
    }

    @Test
    void floorAndIntegerResultsStayConstants() {
        assertThat(grads("import math\nx = 2.5", "math.floor(x) + x", "x")).containsExactly(1.0);
        run("z = math.floor(x)");
        assertThat(dev.adjoint.lang.Values.plain(session.lookup("z"))).isEqualTo(2L); // an int (bound at the top level: a new input)
    }
}
