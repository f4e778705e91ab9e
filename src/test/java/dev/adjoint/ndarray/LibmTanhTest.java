package dev.adjoint.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * glibc's tanh, bit for bit (source: src/test/resources/fixtures/libm_tanh.txt, CPython's math.tanh
 * on Debian 12, recorded by scripts/fixtures/libm_fixtures.py tanh): around the branch points 1 and
 * 22 and the tiny threshold, and across (−25, 25).
 */
class LibmTanhTest {
    @Test
    void everyRecordedValueIsTheCLibrarys() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LibmTanhTest.class.getResourceAsStream("/fixtures/libm_tanh.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[0]), expected = Double.parseDouble(f[1]);
                assertThat(LibmTanh.tanh(x)).as("tanh(%s)", f[0]).isEqualTo(expected);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(3000);
    }

    @Test
    void theEdgesAreCs() {
        assertThat(LibmTanh.tanh(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(LibmTanh.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(LibmTanh.tanh(Double.NaN)).isNaN();
        assertThat(Double.doubleToRawLongBits(LibmTanh.tanh(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(LibmTanh.tanh(1e-300)).isEqualTo(1e-300);
    }
}
