package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.command.Settings;
import dev.adjoint.render.Format;
import dev.adjoint.repl.PromptRules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * unittest.main() in a notebook cell: the tests of the notebook's __main__ run, the report goes to
 * the cell's stderr, and the kernel goes on, as main(argv=[''], exit=False) does in IPython (the
 * idiom course notebooks use, which works too).
 */
class UnittestInNotebookTest {
    final SessionAdapter session = new SessionAdapter(new Settings(3, Format.TEXT, false, false), PromptRules.INSTANCE);
    final StringWriter out = new StringWriter(), err = new StringWriter();
    final List<MimeBundle> shown = new ArrayList<>();
    final SessionAdapter.Sink sink = new SessionAdapter.Sink() {
        final PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);

        public PrintWriter stdout() {
            return o;
        }

        public PrintWriter stderr() {
            return e;
        }

        public void show(MimeBundle bundle) {
            shown.add(bundle);
        }
    };

    SessionAdapter.Failure cell(String text) {
        return new CellRunner(session).run(text, sink, () -> {});
    }

    @Test
    void mainRunsTheNotebooksTestsAndTheKernelGoesOn() {
        assertThat(cell("import unittest\ndef add(x, y):\n    return x + y\n")).isNull();
        assertThat(cell("class TestAdd(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(5, 6), 11)\n"
                + "    def test_bad(self):\n        self.assertEqual(add(5, 6), 12)\n")).isNull();
        assertThat(cell("unittest.main(verbosity=2)\nprint('after')\n")).isNull();
        assertThat(err.toString()).startsWith("test_add (__main__.TestAdd.test_add) ... ok\ntest_bad (__main__.TestAdd.test_bad) ... FAIL\n")
                .contains("AssertionError: 11 != 12\n").endsWith("FAILED (failures=1)\n");
        assertThat(out.toString()).isEqualTo("after\n");
        assertThat(cell("r = unittest.main(argv=[''], exit=False)\nr.result.testsRun\n")).isNull();
        assertThat((String) shown.get(shown.size() - 1).data().get("text/plain")).isEqualTo("2");
    }
}
