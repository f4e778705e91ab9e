package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/** Issue 7's numerical faults: :set anomaly on finds the first NaN/inf with its vi, op, inputs and statement; domain notes in :trace. */
class AnomalyTest extends ShellHarness {
    @Test
    void offByDefaultAndSilentWhenNothingIsWrong() {
        run("x = -1");
        run("y = ln(x)");
        assertThat(take(err)).isEmpty();
        run(":set anomaly on");
        run("z = x * 2 + 1");
        assertThat(take(err)).isEmpty();
        run(":set");
        assertThat(take(out)).contains("anomaly on");
    }

    @Test
    void theFirstNanOfAForwardPassIsNamedWithItsStatement() {
        run(":set anomaly on");
        run("x1 = -1");
        run("x2 = 5");
        assertThat(ok("y = ln(x1) + x1*x2 - sin(x2)")).isTrue(); // the statement still runs, as in NumPy
        assertThat(take(err)).isEqualTo("warning: anomaly: v3 = ln v1 is nan although its input is finite (v1 = -1); "
                + "created by `y = ln(x1) + x1*x2 - sin(x2)` (line 1); numbered as in :trace y\n");
        run(":trace y"); // the same numbering, and the domain note of issue 7
        assertThat(take(out)).contains("v3    ln v1").contains("nan: ln of a negative number");
    }

    @Test
    void onlyTheFirstNodeIsReportedNotTheOnesItPoisons() {
        run(":set anomaly on");
        run("a = tensor(0.0, requires_grad=True)"); // a tensor: 0 / 0 of Python numbers is a ZeroDivisionError
        run("def f(p):\n    q = p / p\n    return q * 3 + 1\n");
        run("b = f(a) + 2");
        String e = take(err);
        assertThat(e).contains("anomaly: v2 = v1 / v1 is nan although its inputs are finite (v1 = 0)")
                .contains("created by `q = p / p` (an earlier input)");
        assertThat(e.lines().count()).isEqualTo(1);
    }

    /** The statement is quoted as it was typed, also from the input that defined the function (lang.Source keeps its text). */
    @Test
    void aStatementOfAnEarlierInputIsQuotedAsTyped() {
        run(":set anomaly on");
        run("a = tensor(0.0, requires_grad=True)");
        run("def f(p):\n    q=p/p   # zero over zero\n    return q\n");
        run("b = f(a)");
        assertThat(take(err)).contains("created by `q=p/p` (an earlier input)");
        run("c = a/a   # here");
        assertThat(take(err)).contains("created by `c = a/a` (line 1)");
    }

    @Test
    void aNanGradientFromFiniteValuesIsFoundInTheBackwardPass() {
        run(":set anomaly on");
        run("x = 0");
        run("y = sqrt(x)");
        assertThat(take(err)).isEmpty(); // sqrt(0) = 0 is fine; its derivative is not
        assertThat(ok(":backward y")).isTrue();
        assertThat(take(err)).isEqualTo("warning: anomaly: in the backward pass, v2 = √v1 gives v1 a gradient that is inf, "
                + "from a finite adjoint (v1 = 0); v2 was created by `y = sqrt(x)` (an earlier input); numbered as in :trace y\n");
        run("z = x * 0");
        run("w = sqrt(z)");
        run("w.backward()");
        assertThat(take(err)).contains("in the backward pass, v3 = √v2 gives v2 a gradient that is inf")
                .contains("created by `w = sqrt(z)` (an earlier input)");
    }

    @Test
    void tensorsSayWhichShapeHoldsTheFault() {
        run(":set anomaly on");
        run("v = tensor([1, 0, -1], requires_grad=True)");
        run("r = (v / v).sum()");
        assertThat(take(err)).contains("anomaly: v2 = v1 / v1 has nan values (shape (3,)) although its inputs are finite (v1 = shape (3,))");
    }

    @Test
    void faultsInConstantsAndUnderNoGradAreStillFound() {
        run(":set anomaly on");
        run("c = ln(const(-2))");
        assertThat(take(err)).contains("anomaly: ln -2 is nan although its input is finite; created by `c = ln(const(-2))` (line 1)");
    }

    @Test
    void domainErrorsAreNotedInTraceRows() {
        run("a = tensor(-1.0, requires_grad=True)"); // beside the tensor b an input number would enter as a constant
        run("b = tensor(0.0, requires_grad=True)"); // a tensor: 0 / 0 of Python numbers is a ZeroDivisionError
        run("y = ln(a) + sqrt(a) + b / b + 1 / b + ln(b) + exp(a * -1000)");
        run(":trace y");
        assertThat(take(out)).contains("nan: ln of a negative number").contains("nan: square root of a negative number")
                .contains("nan: 0/0").contains("inf: division by 0").contains("-inf: ln 0").contains("inf: exp overflowed")
                .contains("nan from an input");
    }
}
