package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number bound at the top level is the lecture's input and a Python number: it answers to the
 * autograd the lecture uses (grad, backward, data, ...) and otherwise only to what CPython's number
 * has, so duck typing on shape, dtype, item or tolist takes CPython's branch (tester Y18).
 */
class TrackedNumberAttributesTest extends SessionHarness {
    @Test
    void aTensorsOtherAttributesAreNotANumbers() {
        run("x = 2.5");
        run("n = 3");
        for (String name : new String[] {"shape", "dtype", "item", "tolist", "numpy", "size", "T", "ndim", "__matmul__"}) {
            run("has = hasattr(x, '" + name + "') or hasattr(n, '" + name + "') or hasattr(n * 2, '" + name + "')");
            assertThat(session.lookup("has")).as(name).isEqualTo(Boolean.FALSE);
        }
        run("def to_list(v):\n    return v.tolist() if hasattr(v, 'tolist') else [v]");
        run("r = to_list(n)");
        assertThat(session.lookup("r").toString()).isEqualTo("[3]");
        assertThat(error("n.shape").getMessage()).contains("'int' object has no attribute 'shape'");
        assertThat(error("x.dtype = 1").getMessage()).contains("'float' object has no attribute 'dtype'");
    }

    @Test
    void theLecturesAutogradStaysThere() {
        run("x1 = 2");
        run("y = x1 * x1 * 3");
        run("y.backward()");
        run("g = x1.grad");
        assertThat(value("g")).isEqualTo(12.0);
        run("x1.data = x1.data + 1");
        run("leaf = x1.is_leaf and x1.requires_grad and y.grad_fn is not None");
        assertThat(session.lookup("leaf")).isEqualTo(Boolean.TRUE);
        assertThat(value("x1")).isEqualTo(3.0);
    }
}
