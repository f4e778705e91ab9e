package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.ndarray.NDArray;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void lectureValuesShowThreeDigitsTrimmed() {
        // SPEC section 1: 11.652, 0.693, -0.959, 10.693, 1.716, 5.5, 2
        assertThat(Numbers.format(11.652071455223084, 3)).isEqualTo("11.652");
        assertThat(Numbers.format(Math.log(2), 3)).isEqualTo("0.693");
        assertThat(Numbers.format(Math.sin(5), 3)).isEqualTo("-0.959");
        assertThat(Numbers.format(1.7163378145367738, 3)).isEqualTo("1.716");
        assertThat(Numbers.format(5.5, 3)).isEqualTo("5.5");
        assertThat(Numbers.format(2.0, 3)).isEqualTo("2");
        assertThat(Numbers.format(10.0, 3)).isEqualTo("10");
        assertThat(Numbers.format(-0.28366218546322625, 3)).isEqualTo("-0.284");
    }

    @Test
    void smallNumbersKeepThreeSignificantDigits() {
        assertThat(Numbers.format(0.0512345, 3)).isEqualTo("0.0512");
        assertThat(Numbers.format(-0.00123456, 3)).isEqualTo("-0.00123");
        assertThat(Numbers.format(0.5, 3)).isEqualTo("0.5");
        assertThat(Numbers.format(0.123456, 3)).isEqualTo("0.123");
        assertThat(Numbers.format(0.0512345, 0)).isEqualTo("0.0512");
        assertThat(Numbers.format(12.3456, 0)).isEqualTo("12");
    }

    @Test
    void extremesAndSpecialValues() {
        assertThat(Numbers.format(Double.NaN, 3)).isEqualTo("nan");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY, 3)).isEqualTo("-inf");
        assertThat(Numbers.format(1.234e-5, 3)).isEqualTo("1.234e-05");
        assertThat(Numbers.format(1e20, 3)).isEqualTo("1e+20");
        assertThat(Numbers.format(0.00004, 3)).isEqualTo("4e-05");
        assertThat(Numbers.format(0.0005, 3)).isEqualTo("0.0005"); // issue 10: at least 3 significant digits, never 0.001
        assertThat(Numbers.format(123456789.0, 3)).isEqualTo("123456789");
        assertThat(Numbers.format(0.1, 6)).isEqualTo("0.1");
    }

    @Test
    void jsonKeepsFullPrecision() {
        assertThat(Double.parseDouble(Numbers.json(11.652071455223084))).isEqualTo(11.652071455223084);
        assertThat(Numbers.json(2.0)).isEqualTo("2.0");
        assertThat(Numbers.json(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void tensorsPrintLikeNumpyWithCommasAndAlignment() {
        NDArray a = NDArray.of(new double[] {1, 2.5, -3, 4}, 2, 2);
        assertThat(TensorFormat.format(a, 3)).isEqualTo("[[  1, 2.5],\n [ -3,   4]]");
        assertThat(TensorFormat.format(NDArray.vector(1, 2, 3), 3)).isEqualTo("[1, 2, 3]");
        assertThat(TensorFormat.format(NDArray.zeros(2, 1, 2), 3)).isEqualTo("[[[0, 0]],\n\n [[0, 0]]]");
        assertThat(TensorFormat.format(NDArray.zeros(0), 3)).isEqualTo("[]");
    }

    @Test
    void largeTensorsAreSummarised() {
        String s = TensorFormat.format(NDArray.arange(0, 2000, 1), 3);
        assertThat(s).startsWith("[   0,    1,    2, ..., 1997, 1998, 1999]");
        String m = TensorFormat.format(NDArray.zeros(100, 100), 3);
        assertThat(m.split("\n")).hasSize(7);
        assertThat(m).contains("...");
    }

    @Test
    void tableAlignsNumbersOnTheDecimalPoint() {
        Table t = new Table(java.util.List.of("node", "value"), java.util.List.of("value"));
        t.row(java.util.List.of("v1", "2")).row(java.util.List.of("v3", "0.693")).row(java.util.List.of("v5", "-0.959")).row(java.util.List.of("v7", "11.652"));
        String[] lines = t.text(new Symbols(true)).split("\n");
        assertThat(lines[2]).isEqualTo("v1     2");
        assertThat(lines[3]).isEqualTo("v3     0.693");
        assertThat(lines[4]).isEqualTo("v5    -0.959");
        assertThat(lines[5]).isEqualTo("v7    11.652");
        assertThat(t.markdown()).startsWith("| node | value |\n| --- | ---: |\n| v1 | 2 |");
    }

    @Test
    void jsonWriterNestsArraysAndEscapes() {
        assertThat(Json.write(NDArray.of(new double[] {1, 2, 3, 4}, 2, 2))).isEqualTo("[[1.0,2.0],[3.0,4.0]]");
        assertThat(Json.write(java.util.Map.of("a\"b", java.util.List.of(true, "x\n")))).isEqualTo("{\"a\\\"b\":[true,\"x\\n\"]}");
        assertThat(Json.write(NDArray.scalar(2))).isEqualTo("2.0");
    }
}
