package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the conformance programs (statistics_*, io_*, logging_*) cannot show: a failed input puts
 * the modules' mutable objects back (a StringIO's content and position, a logger's level and
 * handlers), as it does lists and dicts.
 */
class StandardModulesTest extends SessionHarness {
    @Test
    void aFailedInputPutsAStringIOBack() {
        run("import io\nbuf = io.StringIO()\nbuf.write('kept')\n");
        assertThat(error("buf.write(' lost')\nbuf.seek(0)\n1 / 0\n").getMessage()).contains("division by zero");
        run("print(repr(buf.getvalue()), buf.tell())");
        assertThat(out.printed).containsExactly("'kept' 4");
    }

    @Test
    void aFailedInputPutsALoggersLevelAndHandlersBack() {
        run("import logging, sys\nlog = logging.getLogger('t')\nlog.propagate = False\n");
        assertThat(error("log.setLevel(logging.DEBUG)\nlog.addHandler(logging.StreamHandler(sys.stdout))\nlog.propagate = True\n1 / 0\n")).isNotNull();
        run("print(log.level, len(log.handlers), log.propagate)");
        assertThat(out.printed).containsExactly("0 0 False");
    }

    @Test
    void aFailedInputPutsAStringIOsReadPositionBack() {
        run("import io\nbuf = io.StringIO('a\\nb\\n')\n");
        assertThat(error("x = buf.readline()\n1 / 0\n")).isNotNull();
        run("print(repr(buf.readline()))");
        assertThat(out.printed).containsExactly("'a\\n'");
    }

    @Test
    void aNegativeTruncateIsCPythonsValueErrorAndChangesNothing() {
        run("import io\nbuf = io.StringIO('abc')\nraw = io.BytesIO(b'abc')\n");
        assertThat(error("buf.truncate(-1)").getMessage()).contains("ValueError: Negative size value -1");
        assertThat(error("raw.truncate(-1)").getMessage()).contains("ValueError: negative size value -1");
        run("print(repr(buf.getvalue()), repr(raw.getvalue()))");
        assertThat(out.printed).containsExactly("'abc' b'abc'");
    }

    @Test
    void aFailedInputPutsLoggingDisableBack() {
        run("import logging, sys\nlog = logging.getLogger('d')\nlog.addHandler(logging.StreamHandler(sys.stdout))\nlog.propagate = False\n");
        assertThat(error("logging.disable(logging.CRITICAL)\n1 / 0\n")).isNotNull();
        run("log.warning('still heard')");
        assertThat(out.printed).containsExactly("still heard");
    }

    @Test
    void annotationsAdjointCannotEvaluateAreTheirSourceTextAndTheDefRuns() {
        run("import torch\ndef f(x: int | None = None, d: torch.dtype = None) -> int:\n    return 1\nprint(f(), f.__annotations__)");
        assertThat(out.printed).containsExactly("1 {'x': int | None, 'd': <class 'torch.dtype'>, 'return': <class 'int'>}");
        assertThat(error("def g(x: Undefined): pass").getMessage()).contains("NameError: name 'Undefined' is not defined");
    }

    /** Expected: CPython 3.11 with NumPy 1.24 (/usr/bin/python3) prints 1.5 2.0 1.1372481406154655 0.19999999999999998. */
    @Test
    void statisticsTakesNumpyFloatsAsFloats() {
        run("import statistics, numpy as np\nprint(statistics.mean(np.array([1.0, 2.0])), statistics.median(np.array([3.0, 1.0, 2.0])), "
                + "statistics.stdev(np.array([2.5, 3.1, 4.7])), statistics.fmean(np.array([0.1, 0.2, 0.3])))");
        assertThat(out.printed).containsExactly("1.5 2.0 1.1372481406154655 0.19999999999999998");
    }
}
