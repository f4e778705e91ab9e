package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Tensors printed as PyTorch 1.13 prints them (source: src/test/resources/fixtures/torch_print.txt,
 * made by scripts/fixtures/torch_print_fixtures.py): 130 tensors of every shape kind (0-d, empty,
 * wrapped rows, summarised), magnitude (fixed, whole, scientific), special values and type.
 */
class TensorReprTest {
    record Case(String name, DType dtype, int[] shape, double[] values, String suffix, String gradFn, String expected) {}

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TensorReprTest.class.getResourceAsStream("/fixtures/torch_print.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].startsWith("case ")) continue;
                String name = lines[i].substring(5);
                DType dtype = DType.valueOf(lines[i + 1].substring(6).toUpperCase(Locale.ROOT));
                String s = lines[i + 2].substring(6).trim();
                int[] shape = s.isEmpty() ? new int[0] : Arrays.stream(s.split(" ")).mapToInt(Integer::parseInt).toArray();
                String v = lines[i + 3].substring(7).trim();
                double[] values = v.isEmpty() ? new double[0] : Arrays.stream(v.split(" ")).mapToDouble(TensorReprTest::parse).toArray();
                String[] suffix = lines[i + 4].substring(7).split(" ");
                int n = Integer.parseInt(lines[i + 5].substring(6));
                String expected = String.join("\n", Arrays.copyOfRange(lines, i + 6, i + 6 + n));
                cases.add(new Case(name, dtype, shape, values, suffix[0], suffix.length > 1 ? suffix[1] : null, expected));
            }
        }
        return cases;
    }

    private static double parse(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    @TestFactory
    Stream<DynamicTest> printsAsPyTorch() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Tensor t = Tensor.leaf(NDArray.of(c.values(), c.shape()), c.suffix().equals("requires_grad"), c.dtype());
            assertThat(TensorRepr.repr(t, c.gradFn())).isEqualTo(c.expected());
        }));
    }

    @Test
    void theFixtureCoversEveryKind() throws IOException {
        List<Case> cases = load();
        assertThat(cases).hasSizeGreaterThan(100);
        assertThat(cases).anyMatch(c -> c.expected().contains("..."));
        assertThat(cases).anyMatch(c -> c.expected().contains("e+"));
        assertThat(cases).anyMatch(c -> c.expected().contains("True"));
        assertThat(cases).anyMatch(c -> c.expected().contains("size=("));
    }

    @Test
    void pythonRoundingIsHalfToEvenOnTheExactValue() {
        assertThat(TensorRepr.fixed(1.03125, 4)).isEqualTo("1.0312");
        assertThat(TensorRepr.fixed(-0.0, 4)).isEqualTo("-0.0000");
        assertThat(TensorRepr.sci(12345.5, 4)).isEqualTo("1.2346e+04");
        assertThat(TensorRepr.sci(99999.5, 4)).isEqualTo("1.0000e+05");
        assertThat(TensorRepr.sci(1e-10, 4)).isEqualTo("1.0000e-10");
    }
}
