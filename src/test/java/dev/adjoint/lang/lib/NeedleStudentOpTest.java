package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * An op a student writes by subclassing needle.autograd.TensorOp (hw1's exercise) is a node of the
 * engine's graph: the lecture's commands show it under its class's name, and its adjoint is what
 * the student's gradient returns (checked against central differences in needle program 07).
 */
class NeedleStudentOpTest extends ShellHarness {
    private static final String SQUARE = """
            import needle as ndl
            from needle.autograd import TensorOp
            class MySquare(TensorOp):
                def compute(self, a):
                    return a ** 2
                def gradient(self, out_grad, node):
                    return out_grad * 2 * node.inputs[0]
            x = ndl.Tensor([1.0, 3.0])
            y = MySquare()(x).sum()
            """;

    @Test
    void theLectureCommandsShowTheStudentsOpByItsClassName() {
        assertThat(run(SQUARE).ok()).isTrue();
        assertThat(printed(":trace y")).contains("v2    MySquare(v1)  (2,)   [1, 9]");
        assertThat(printed(":reverse y")).contains("v1    x             (2,)   [1, 3]  [2, 6]");
        assertThat(take(err)).isEmpty();
    }

    @Test
    void aGradientOfTheWrongShapeIsAnErrorThatKeepsTheSession() {
        assertThat(run(SQUARE + """
                class Bad(TensorOp):
                    def compute(self, a):
                        return a
                    def gradient(self, out_grad, node):
                        return out_grad.sum()
                """).ok()).isTrue();
        assertThat(run("Bad()(x).sum().backward()").ok()).isFalse();
        assertThat(take(err)).contains("ValueError: Bad.gradient returned a gradient of shape () for input 0 of shape (2,)").doesNotContain("dev.adjoint");
        assertThat(printed("y.backward(); x.grad")).isEqualTo("needle.Tensor([2. 6.])\n");
    }
}
