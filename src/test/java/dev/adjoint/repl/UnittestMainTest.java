package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * unittest.main() where conformance cannot reach: in a script it ends the program with
 * sys.exit(not result.wasSuccessful()) as CPython's (exit status 1 on a failure, 0 when all pass,
 * the report on stderr); at the prompt and in a pipe (sys.argv == ['']) it returns as
 * main(exit=False) does, so the session goes on.
 */
class UnittestMainTest {
    private static final String TESTS = "import unittest\n"
            + "class TestAdd(unittest.TestCase):\n"
            + "    def test_add(self):\n"
            + "        self.assertEqual(5 + 6, 11)\n"
            + "    def test_bad(self):\n"
            + "        self.assertEqual(5 + 6, 12)\n\n";

    @Test
    void aScriptEndsWithTheVerdictAsItsExitStatus(@TempDir Path dir) throws Exception {
        Path failing = Files.writeString(dir.resolve("test_failing.py"), TESTS + "if __name__ == '__main__':\n    unittest.main()\nprint('not reached')\n");
        MainTest.Run r = MainTest.run("", "--no-color", failing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(".F\n" + "=".repeat(70) + "\nFAIL: test_bad (__main__.TestAdd.test_bad)\n" + "-".repeat(70) + "\n"
                + "Traceback (most recent call last):\n  File \"" + failing + "\", line 6, in test_bad\n    self.assertEqual(5 + 6, 12)\nAssertionError: 11 != 12\n");
        assertThat(r.err()).containsPattern("\nRan 2 tests in \\d+\\.\\d{3}s\n\nFAILED \\(failures=1\\)\n$");

        Path passing = Files.writeString(dir.resolve("test_passing.py"), TESTS.replace("12)", "11)") + "unittest.main(verbosity=2)\n");
        MainTest.Run ok = MainTest.run("", "--no-color", passing.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.err()).startsWith("test_add (__main__.TestAdd.test_add) ... ok\ntest_bad (__main__.TestAdd.test_bad) ... ok\n\n").endsWith("\n\nOK\n");
    }

    @Test
    void atThePromptAndInAPipeMainReturnsAndTheSessionGoesOn() {
        MainTest.Run r = MainTest.run(TESTS + "program = unittest.main(verbosity=0)\nprint('still here', program.result.testsRun, program.result.wasSuccessful())\n"
                + "unittest.main(argv=[''], exit=False).result.wasSuccessful()\n");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("still here 2 False\nFalse\n");
        assertThat(r.err()).contains("FAIL: test_bad (__main__.TestAdd.test_bad)", "AssertionError: 11 != 12", "FAILED (failures=1)");
        assertThat(r.err()).doesNotContain("SystemExit");
    }
}
