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
}
