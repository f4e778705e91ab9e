package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.QuietSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NumPy's float64 ufuncs as NumPy computes them on a CPU without AVX-512, where it calls the C
 * library: np.sin, np.cos, np.sinh, np.cosh, np.log10, np.log2, np.log1p, np.expm1 and np.tanh
 * against glibc's values recorded through CPython's math module (src/test/resources/fixtures/libm_*.txt,
 * scripts/fixtures/libm_fixtures.py). On an AVX-512 CPU NumPy 1.24 runs SVML instead (README).
 */
class GlibcUfuncsTest {
    private final QuietSession s = new QuietSession();

    /** Column {@code in} of the file as x and column {@code out} as f(x), the first 600 lines. */
    private void agrees(String file, String ufunc, int in, int out, boolean absolute) throws IOException {
        List<String> xs = new ArrayList<>(), want = new ArrayList<>();
        try (InputStream stream = GlibcUfuncsTest.class.getResourceAsStream("/fixtures/" + file)) {
            for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank() || xs.size() == 600) continue;
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[in]), y = Double.parseDouble(f[out]);
                if (Double.isInfinite(y) || Double.isNaN(y)) continue;
                xs.add(Double.toString(absolute ? Math.abs(x) : x));
                want.add(Double.toString(y));
            }
        }
        s.run("import numpy as np\nxs = [" + String.join(", ", xs) + "]\nwant = [" + String.join(", ", want) + "]\n");
        String differing = s.eval("[(x, v, w) for x, v, w in zip(xs, np." + ufunc + "(np.array(xs)).tolist(), want) if v != w][:3]");
        assertThat(differing).as("np.%s against glibc (%d values)", ufunc, xs.size()).isEqualTo("[]");
        assertThat(xs).hasSizeGreaterThan(500);
    }

    @Test
    void theTrigonometricAndHyperbolicOnes() throws IOException {
        agrees("libm_sincos.txt", "sin", 0, 1, false);
        agrees("libm_sincos.txt", "cos", 0, 2, false);
        agrees("libm_hyperbolic.txt", "sinh", 0, 1, false);
        agrees("libm_hyperbolic.txt", "cosh", 0, 2, false);
        agrees("libm_tanh.txt", "tanh", 0, 1, false);
    }

    @Test
    void theLogarithmsAndExpm1() throws IOException {
        agrees("libm_hyperbolic.txt", "log10", 0, 3, true);
        agrees("libm_log2.txt", "log2", 0, 1, false);
        agrees("libm_log1p.txt", "log1p", 0, 1, false);
        agrees("libm_expm1.txt", "expm1", 0, 1, false);
    }

    /** a ** b of float64 arrays is C's pow (the tutorial's x ** 3 differed from NumPy in the last bit on Java's Math.pow). */
    @Test
    void thePowerOperator() throws IOException {
        List<String> xs = new ArrayList<>(), ys = new ArrayList<>(), want = new ArrayList<>();
        try (InputStream stream = GlibcUfuncsTest.class.getResourceAsStream("/fixtures/libm_pow.txt")) {
            for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank() || xs.size() == 600) continue;
                String[] f = line.split(" ");
                double z = Double.parseDouble(f[2]);
                if (Double.isInfinite(z) || Double.isNaN(z)) continue;
                xs.add(Double.toString(Double.parseDouble(f[0])));
                ys.add(Double.toString(Double.parseDouble(f[1])));
                want.add(Double.toString(z));
            }
        }
        s.run("import numpy as np\nxs = np.array([" + String.join(", ", xs) + "])\nys = np.array([" + String.join(", ", ys) + "])\n"
                + "want = [" + String.join(", ", want) + "]\n");
        assertThat(s.eval("[(x, y, v, w) for x, y, v, w in zip(xs.tolist(), ys.tolist(), (xs ** ys).tolist(), want) if v != w][:3]"))
                .as("xs ** ys against glibc (%d values)", xs.size()).isEqualTo("[]");
        assertThat(s.eval("(np.power(xs, ys).tolist() == want, np.float_power(xs, ys).tolist() == want)")).isEqualTo("(True, True)");
        s.run("x = np.linspace(-np.pi, np.pi, 2000)\n");
        assertThat(s.eval("(x ** 3).tolist() == [v ** 3 for v in x.tolist()]")).isEqualTo("True"); // CPython's float ** is C's pow too
        assertThat(xs).hasSizeGreaterThan(500);
    }
}
