package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * The echo of an expression statement is Python's REPL's (TEAM.md, session 5): what {@code
 * print(repr(v))} prints, except that a tensor shows in adjoint's display until the session has
 * imported torch, and the lecture's tracked numbers until it has imported any module (session 19:
 * a course's Python, whose digits are the point). The expected repr text comes from the session
 * itself, so this checks the rule, not the repr (the conformance suites check that).
 */
class EchoTest extends ShellHarness {
    private String reprOf(String expression) {
        return printed("print(repr(" + expression + "))");
    }

    @Test
    void pythonValuesEchoAsTheirRepr() {
        for (String e : new String[] {"1/3", "\"it's\"", "[1, 'a', (2,)]", "{'a': [1.5, None]}", "{1, 2}", "10**30", "range(3)"})
            assertThat(printed(e)).as(e).isEqualTo(reprOf(e)).isNotBlank();
    }

    @Test
    void aTensorEchoesInAdjointsDisplayUntilTorchIsImported() {
        run("x = tensor([[1., 2.], [3., 4.]], requires_grad=True)");
        assertThat(printed("x")).isEqualTo("[[1, 2],\n [3, 4]]\n");
        assertThat(printed("x.sum()")).isEqualTo("10\n");
        assertThat(ok("import torch")).isTrue();
        assertThat(printed("x")).isEqualTo(reprOf("x")).startsWith("tensor([[1., 2.],");
        assertThat(printed("x.sum()")).isEqualTo(reprOf("x.sum()")).contains("grad_fn=<SumBackward0>");
    }

    @Test
    void aFromImportOfTorchCountsToo() {
        run("from torch import nn");
        run("x = tensor([1., 2.])");
        assertThat(printed("x")).isEqualTo(reprOf("x")).startsWith("tensor(");
    }

    @Test
    void containersShowTheirItemsByRepr() {
        run("x = tensor([[1., 2.], [3., 4.]], requires_grad=True)");
        for (String e : new String[] {"[x, x]", "{'w': x}", "(x,)"})
            assertThat(printed(e)).as(e).isEqualTo(reprOf(e)).contains("tensor([[1., 2.],");
    }

    @Test
    void theLecturesTrackedNumbersKeepTheDisplayUntilAModuleIsImported() {
        lecture();
        assertThat(printed("y")).isEqualTo("11.652\n");
        assertThat(printed("[y]")).isEqualTo(reprOf("[y]")).isEqualTo("[" + printed("print(float(y))").strip() + "]\n");
        assertThat(ok("import math\n1/0")).isFalse(); // undone with its failed input
        assertThat(printed("y")).isEqualTo("11.652\n");
        run("import math");
        assertThat(printed("y")).isEqualTo(reprOf("y")).isEqualTo(printed("print(float(y))")).hasSizeGreaterThan(10);
    }

    /** Karpathy's micrograd lecture (tester Y8): a numerical derivative's digits are the cell's point. */
    @Test
    void aCoursesNumericalDerivativeShowsEveryDigitOnceItImports() {
        run("import math");
        run("def f(x): return 3*x**2 - 4*x + 5");
        run("h = 0.000001");
        run("x = 2/3");
        assertThat(printed("(f(x + h) - f(x))/h")).isEqualTo(reprOf("(f(x + h) - f(x))/h")).startsWith("2.999378523");
        assertThat(printed("x")).isEqualTo("0.6666666666666666\n");
    }

    /** micrograd's first cells (tester finding): a float never looks like an int, though shown with --precision digits. */
    @Test
    void aTrackedFloatWithAWholeValueStillShowsAsAFloat() {
        run("a = 2.0; b = -3.0; c = 10.0");
        run("d1 = a*b + c");
        assertThat(printed("d1")).isEqualTo("4.0\n");
        assertThat(printed("b")).isEqualTo("-3.0\n");
        run("x = 2/3");
        assertThat(printed("x")).isEqualTo("0.667\n");
        assertThat(printed("x * 3")).isEqualTo("2.0\n");
        run("n = 3");
        assertThat(printed("n * 2")).isEqualTo("6\n"); // an int stays an int
    }

    @Test
    void needleTensorsEchoAsNeedlesRepr() {
        run("import needle as ndl");
        run("a = ndl.Tensor([1., 2.])");
        assertThat(printed("a")).isEqualTo(reprOf("a")).startsWith("needle.Tensor(");
    }

    @Test
    void anImportUndoneWithItsFailedInputOrByResetLeavesTheDisplay() {
        run("x = tensor([1., 2.])");
        assertThat(ok("import torch\n1/0")).isFalse();
        assertThat(printed("x")).isEqualTo("[1, 2]\n");
        run("import torch");
        assertThat(printed("x")).startsWith("tensor(");
        run(":reset");
        run("x = tensor([1., 2.])");
        assertThat(printed("x")).isEqualTo("[1, 2]\n");
    }
}
