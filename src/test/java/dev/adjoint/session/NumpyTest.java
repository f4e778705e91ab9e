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
    void aGeneratorRefusesByNameTheDrawsItDoesNotHaveAndDrawsNothingForThem() {
        run("import numpy as np\nrng = np.random.default_rng(0)\nfirst = rng.normal(size=3).tolist()\nrng = np.random.default_rng(0)");
        assertThat(error("rng.vonmises(0, 1)").getMessage()).contains("NotImplementedError: adjoint's Generator has no vonmises()").contains("acos");
        assertThat(error("rng.standard_normal(2, dtype=np.float32)").getMessage()).contains("float32");
        run("print(rng.normal(size=3).tolist() == first)");
        assertThat(out.printed).containsExactly("True");
    }

    @Test
    void whatAFileHoldsThatAdjointsArraysCannotIsNamed() {
        run("import numpy as np\nimport os");
        assertThat(error("np.genfromtxt(['a,b', '1,2'], delimiter=',', names=True)").getMessage())
                .contains("NotImplementedError: np.genfromtxt(names=...) makes a structured array");
        assertThat(error("np.genfromtxt(['x 1', 'y 2'], dtype=None)").getMessage()).contains("NotImplementedError").contains("structured array");
        assertThat(error("np.savez('out.npz', x=np.ones(2))").getMessage()).contains("PermissionError: np.savez(...): adjoint does not write files");
        assertThat(error("np.ones(2).tofile('out.bin')").getMessage()).contains("PermissionError: a.tofile(...): adjoint does not write files");
        assertThat(error("np.random.SeedSequence(1).generate_state(2, np.uint64)").getMessage()).contains("NotImplementedError").contains("2**53");
        assertThat(error("np.load('src/test/resources/numpy/files/objects.npy', allow_pickle=True)").getMessage())
                .contains("NotImplementedError: np.load of an object array (pickled Python objects)");
        assertThat(error("np.load('src/test/resources/numpy/files/f8.npy', mmap_mode='r+')").getMessage()).contains("PermissionError");
        for (String file : new String[] {"strings.npy", "big_endian.npy"}) // '<U2' and '>f8' (scripts/fixtures/numpy_files.py)
            assertThat(error("np.load('src/test/resources/numpy/files/" + file + "')").getMessage()).as(file)
                    .contains("NotImplementedError: np.load of an array of dtype").contains("adjoint reads .npy files of little-endian");
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
