package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * import numpy as np in the session, beyond what the recorded NumPy programs show
 * (NumpyConformanceTest): a failed input leaves arrays and the generator as they were, what is
 * not supported is named, and arrays meet tensors.
 */
class NumpyTest extends SessionHarness {
    @Test
    void aFailedInputLeavesArraysAsTheyWere() {
        run("import numpy as np\na = np.arange(4)\nv = a[1:]\nnp.random.seed(0)");
        error("a[0] = 9\nv[0] = 8\na += 1\nnp.random.randn(5)\nundefined_name");
        run("print(a, np.random.randn(1))");
        assertThat(out.printed).containsExactly("[0 1 2 3] [1.76405235]");
    }

    @Test
    void aFailedInputDrawsNothingFromADefaultRng() {
        run("import numpy as np\nrng = np.random.default_rng(3)\nfirst = rng.integers(100, size=4).tolist()\nrng = np.random.default_rng(3)");
        error("rng.integers(100, size=4)\nrng.random(7)\nundefined_name");
        run("print(rng.integers(100, size=4).tolist() == first)");
        assertThat(out.printed).containsExactly("True");
    }

    @Test
    void aGeneratorRefusesTheNormalsItCannotDrawAsNumPy() {
        run("import numpy as np\nrng = np.random.default_rng(0)");
        assertThat(error("rng.normal(size=3)").getMessage()).contains("NotImplementedError").contains("ziggurat").contains("np.random.randn");
    }

    @Test
    void writingThroughAViewChangesTheArrayItViews() {
        run("import numpy as np\na = np.zeros((2, 2))\nrow = a[1]\nrow[:] = 7\nflat = a.reshape(4)\nflat[0] = 1\nprint(a.tolist())");
        assertThat(out.printed).containsExactly("[[1.0, 0.0], [7.0, 7.0]]");
    }

    @Test
    void typesAdjointDoesNotHaveAreNamed() {
        run("import numpy as np");
        assertThat(error("np.zeros(2, dtype=np.float16)").getMessage()).contains("TypeError: data type 'float16' is not supported")
                .contains("float64, float32, int8 ... int64, uint8 ... uint64 and bool");
        assertThat(error("np.zeros(2, dtype='>i4')").getMessage()).contains("TypeError: data type '>i4' is not supported");
        assertThat(error("np.array(['a', 'b'])").getMessage()).contains("TypeError").contains("numbers only");
        // NumPy's exp/sqrt/log of bool and 8-bit ints is float16: named, not computed in another type
        assertThat(error("np.sqrt(np.array([4, 9], dtype=np.uint8))").getMessage()).contains("TypeError: np.sqrt of a uint8 array gives float16")
                .contains("np.sqrt(a.astype(np.float32))");
    }

    @Test
    void arraysAreNoTensorsButTensorsAreMadeFromThem() {
        run("import numpy as np\nimport torch\na = np.array([1., 2.])\nt = torch.tensor(a, requires_grad=True)\ny = (t * t).sum()\ny.backward()");
        assertThat(tensor("t").grad().value().toArray()).containsExactly(2, 4);
        run("print(type(a).__name__, isinstance(a, torch.Tensor), a * 2)");
        assertThat(out.printed).containsExactly("ndarray False [2. 4.]");
    }
}
