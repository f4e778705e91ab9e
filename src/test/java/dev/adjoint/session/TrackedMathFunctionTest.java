package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * math.tanh(x1) of a lecture's tracked number is CPython's float (glibc's tanh) with a node that
 * PyTorch's tanh computes, and the two can be an ulp apart: Python's arithmetic on it goes on from
 * CPython's float, as in CPython, while the graph keeps its edge (tester finding Y1: micrograd's
 * moons data built at the top level with math.sin/math.cos drifted from CPython's loss).
 */
class TrackedMathFunctionTest extends SessionHarness {
    @Test
    void arithmeticOnAMathFunctionsResultStartsFromCPythonsFloat() {
        run("import math");
        int apart = 0;
        for (String fn : List.of("tanh", "exp", "tan", "sin", "cos", "log")) {
            for (int k = 1; k <= 200; k++) {
                run("x = " + k + " / 997");
                run("y = math." + fn + "(x)");
                double python = value("y");
                if (Double.doubleToRawLongBits(tensor("y").item()) != Double.doubleToRawLongBits(python)) apart++;
                run("z = y * 3.0");
                run("same = y * 1.0 == y");
                assertThat(value("z")).as("math.%s(%d/997) * 3.0", fn, k).isEqualTo(python * 3.0);
                assertThat(session.lookup("same")).as("math.%s(%d/997) * 1.0 == itself", fn, k).isEqualTo(Boolean.TRUE);
                assertThat(tensor("z").requiresGrad()).isTrue(); // still recorded
            }
        }
        assertThat(apart).as("results whose node differs from CPython's float (the case under test)").isPositive();
    }
}
