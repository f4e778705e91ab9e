package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Main in-process, with its streams redirected: options, exit codes, and no terminal decoration. */
class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** scripts/adjoint says whether stdin and stdout are a terminal (adjoint.terminal); without it the JVM is asked. */
    @Test
    void theLaunchersWordOnTheTerminalIsTaken() {
        String before = System.getProperty("adjoint.terminal");
        try {
            System.setProperty("adjoint.terminal", "true"); // no terminal under the test runner: only the property says so
            assertThat(Main.isTerminal()).isTrue();
            System.setProperty("adjoint.terminal", "false");
            assertThat(Main.isTerminal()).isFalse();
            System.clearProperty("adjoint.terminal");
            assertThat(Main.isTerminal()).isEqualTo(System.console() != null);
        } finally {
            if (before == null) System.clearProperty("adjoint.terminal");
            else System.setProperty("adjoint.terminal", before);
        }
    }

    /** exit() and quit() end a pipe, -e statements and a script as :quit does, with exit(status)'s status (issue 10). */
    @Test
    void exitEndsThePipeTheStatementsAndTheScriptWithItsStatus() {
        Run pipe = run("print(1)\nfor i in range(3):\n    if i == 1: exit(4)\n    print('i', i)\n\nprint('never')\n");
        assertThat(pipe.out()).isEqualTo("1\ni 0\n");
        assertThat(pipe.code()).isEqualTo(4);
        Run message = run("quit('bye')\nprint('never')\n");
        assertThat(message.err()).isEqualTo("bye\n");
        assertThat(message.code()).isEqualTo(1);
        Run statements = run("", "-e", "print(2)", "-e", "exit()", "-e", "print('never')");
        assertThat(statements.out()).isEqualTo("2\n");
        assertThat(statements.code()).isZero();
    }

    /** A pipe reads a statement to its end as CPython reads a file: blank lines inside brackets, backslash continuations (issue 10). */
    @Test
    void aPipeReadsAStatementOverBlankLinesInsideBracketsAndBackslashes() {
        Run r = run("data = [\n    1,\n\n    2,\n]\nprint(data)\ntotal = 1 + \\\n    2\nprint(total)\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("[1, 2]\n3\n");
        Run open = run("x = (1,\n\n2\n");
        assertThat(open.err()).startsWith("<stdin>:1:5: error: SyntaxError: '(' was never closed");
    }

    @Test
    void versionPrintsNameAndVersion() {
        Run r = run("", "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("adjoint \\S+\\R");
    }

    @Test
    void helpListsTheOptions() {
        Run r = run("", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--no-color", "--precision", "--format", "--ascii", "-e=STMT", "-c=CMD", "-i", "FILE");
    }

    /** The command line's formats are the renderer's (one enum): listed in --help, and a wrong one names them. */
    @Test
    void formatsAreTheRenderersFormats() {
        String labels = java.util.Arrays.stream(dev.adjoint.render.Format.values()).map(dev.adjoint.render.Format::label)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(labels).isEqualTo("text, markdown, latex, json");
        assertThat(run("", "--help").out().replaceAll("\\s+", " ")).contains("inspection commands: " + labels + " (default: text)");
        Run bad = run("", "--format", "yaml");
        assertThat(bad.err()).contains("expected one of [" + labels + "] but was 'yaml'");
        Run latex = run(LECTURE + ":trace y\n", "--format", "latex");
        assertThat(latex.code()).isZero();
        assertThat(latex.out()).contains("\\begin{aligned}\nv_{1} &= x_{1} = 2 \\\\\n");
    }

    @Test
    void badOptionsExitWithTwoAndNoStackTrace() {
        for (String[] args : new String[][] {{"--bogus"}, {"--precision", "x"}, {"--precision", "99"},
                {"--format", "yaml"}, {"--precision"}}) {
            Run r = run("", args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("adjoint: ").contains("--help").doesNotContain("\tat ", "Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    /** T42: -c CMD as python3 -c (references: CPython 3.11.7, python3 -c '...' a b -e). */
    @Test
    void dashCRunsAPythonProgramWithTheRestAsItsArguments() {
        Run r = run("", "-c", "import sys; print(sys.argv)\nx = 2\nx", "a", "b", "-e", "--precision");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("['-c', 'a', 'b', '-e', '--precision']\n"); // a Python program: the last x is not echoed
        assertThat(r.code()).isZero();
        Run statementsFirst = run("", "-e", "y = 3", "-c", "print(y * 2)");
        assertThat(statementsFirst.out()).isEqualTo("6\n");
        Run failing = run("", "-c", "print(1)\n1/0");
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).isEqualTo("1\n");
        assertThat(failing.err()).contains("<string>", "ZeroDivisionError: division by zero");
        Run inFunction = run("", "-c", "def f(): 1/0\nf()"); // frames name the pseudo-file as CPython's, not a path (finding Z3)
        assertThat(inFunction.err()).contains("  File \"<string>\", line 2, in <module>\n", "  File \"<string>\", line 1, in f\n");
        Run syntax = run("", "-c", "print(1)\nprint(2"); // parsed whole first, as CPython's: nothing runs
        assertThat(syntax.out()).isEmpty();
        assertThat(syntax.err()).contains("SyntaxError: '(' was never closed");
        Run missing = run("", "-c");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("adjoint: Argument expected for the -c option").contains("-e STMT");
    }

    /** T42: -i runs the script, -c or -e, then goes on with the pipe in the same names, whatever their end (python3 -i). */
    @Test
    void dashIGoesOnWithTheRestOfStdinInTheScriptsNames(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("s.py"), "x = 2\nprint('ran', x)\n");
        Run r = run("print(x * 10)\n", "-i", script.toString());
        assertThat(r.out()).isEqualTo("ran 2\n20\n");
        assertThat(r.code()).isZero();
        Run failed = run("print(x * 10)\n", "-i", "-c", "x = 5; 1/0");
        assertThat(failed.err()).contains("ZeroDivisionError");
        assertThat(failed.out()).isEqualTo("50\n");
        assertThat(failed.code()).isZero(); // the pipe's end, as python3 -i's
        Run exited = run("print(7)\n", "-i", "-e", "exit(3)");
        assertThat(exited.out()).isEqualTo("7\n");
        Run quitting = run("exit(4)\n", "-i", "-e", "z = 1");
        assertThat(quitting.code()).isEqualTo(4);
        Run alone = run("1 + 1\n", "-i"); // nothing to run first: a pipe, as without -i
        assertThat(alone.out()).isEqualTo("2\n");
    }

    /** T10: a script's :vars lists what it defined, not Python's own __file__ (nor another dunder name). */
    @Test
    void varsInAScriptLeavesOutTheDunderNames(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("v.adj"), "x = 2\n__version__ = '1'\nprint(__file__.endswith('v.adj'))\n:vars\n");
        Run r = run("", script.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("True\n").contains("x").doesNotContain("__file__", "__version__");
    }

    @Test
    void missingScriptIsAUsageError(@TempDir Path dir) {
        Run r = run("", dir.resolve("nope.adj").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.adj").contains("no such file");
    }

    @Test
    void emptyPipedInputExitsCleanlyWithoutPromptOrBanner() {
        Run r = run("");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void emptyScriptSucceeds(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("empty.adj"), "\n\n");
        assertThat(run("", script.toString()).code()).isZero();
    }

    // --- with the Shell: the three ways of running without a terminal ---

    static final String LECTURE = "x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\n";

    @Test
    void pipedSessionPrintsResultsWithoutPromptOrColour() {
        Run r = run(LECTURE + "y\n:grad y\n");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("11.652", "5.5", "1.716").doesNotContain(">>>", "...", "\u001b[");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void pipedErrorsAreReportedAndTheSessionGoesOn() {
        Run r = run("x = 2\nundefined_name + 1\nx * 3\n");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("6");
        assertThat(r.err()).contains("<stdin>:2:1").contains("undefined_name").doesNotContain("\tat ", "\u001b[");
    }

    @Test
    void pipedBlocksEndAtAnEmptyLineAndUnclosedBracketsAreReported() {
        // a blank line inside brackets, then a statement at the margin: the blank line ended the unfinished
        // statement, as at the prompt (SPEC 2), so its error names the bracket and `w = 7` runs (finding Z13:
        // it was swallowed into the bracket); the session goes on after it
        Run r = run("s = 0\nfor i in range(4):\n    s = s + i\n\ns\nz = (1,\n\nw = 7\nprint(w)\nw = 8\nw\n");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("6\n7\n8\n");
        assertThat(r.err()).startsWith("<stdin>:6:5: error: SyntaxError: '(' was never closed");
        assertThat(run("z = (1,\n\n").err()).startsWith("<stdin>:1:5: error: SyntaxError: '(' was never closed");
        Run list = run("x = [1, 2\n\nprint(5)\nprint(6)\n"), tuple = run("x = (1,\n\n\nprint(5)\nprint(6)\nprint(7)\n\nprint(8)\n");
        assertThat(list.out()).isEqualTo("5\n6\n");
        assertThat(list.err()).startsWith("<stdin>:1:5: error: SyntaxError: '[' was never closed");
        assertThat(tuple.out()).isEqualTo("5\n6\n7\n8\n");
        Run second = run("x = [1, 2\n\ny = 3 +\nprint(1)\n");
        assertThat(second.out()).isEqualTo("1\n");
        assertThat(second.err()).contains("<stdin>:1:5: error: SyntaxError: '[' was never closed", "<stdin>:3:");
        // a blank line inside brackets that an indented line or the closing bracket follows goes on with it, as in a file
        assertThat(run("x = [1,\n\n    2,\n\n]\nprint(x)\nd = {'a': 1,\n\n}\nprint(d)\n").out()).isEqualTo("[1, 2]\n{'a': 1}\n");
    }

    /** A header without its colon fails on its own line (CPython's "expected ':'"): the retyped header after it defines the function. */
    @Test
    void aForgottenColonFailsAtOnceAndTheNextLineIsAnInputOfItsOwn() {
        Run r = run("def train(n)\ndef train(n):\n    total = 0\n    for i in range(n)\n\ndef train(n):\n    return n * 2\n\ntrain(4)\n");
        assertThat(r.out()).isEqualTo("8\n");
        assertThat(r.err()).isEqualTo("<stdin>:1:13: error: SyntaxError: expected ':'\n  def train(n)\n              ^\n"
                + "<stdin>:4:22: error: SyntaxError: expected ':'\n      for i in range(n)\n                       ^\n");
    }

    @Test
    void outputAndErrorsInterleaveInOrder() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        String in = "1 + 1\nnope\n40 + 2\n";
        int code = Main.run(new String[0], new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), both, both, false);
        String text = both.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text.indexOf("2")).isLessThan(text.indexOf("nope"));
        assertThat(text.indexOf("nope")).isLessThan(text.indexOf("42"));
    }

    @Test
    void quitEndsAPipedSessionEarly() {
        Run r = run("x = 1\n:quit\nundefined_name\n");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void statementsRunInOrderAndStopAtTheFirstError() {
        Run ok = run("", "-e", "x = 2", "-e", "x ** 3");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("8");

        Run bad = run("", "-e", "x = 2", "-e", "nope", "-e", "x * 1000");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("nope");
        assertThat(bad.out()).doesNotContain("2000");
    }

    @Test
    void scriptStopsAtTheFirstErrorWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("lecture.adj"), LECTURE + "y\n\nz = y + nope\nprint(\"not reached\")\n");
        Run r = run("", "--no-color", script.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("11.652").doesNotContain("not reached");
        assertThat(r.err()).contains(script + ":6:9:").contains("nope").contains("^");
    }

    @Test
    void scriptWithBlocksAndQuit(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("loop.adj"),
                "s = 0\nfor i in range(3):\n    s = s + i\n\ns\n:quit\nnope\n");
        Run r = run("", script.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3");
        assertThat(r.err()).isEmpty();
    }

    /** As `python3 FILE ARG...`: what follows FILE is the script's sys.argv[1:], options included; the prompt and pipes have ['']. */
    @Test
    void theArgumentsAfterTheScriptAreItsSysArgv(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("args.py"), "import sys\nprint(sys.argv)\n");
        Run r = run("", script.toString(), "one", "--no-color", "-e", "2");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("['" + script + "', 'one', '--no-color', '-e', '2']\n");
        assertThat(run("", "--no-color", script.toString()).out()).isEqualTo("['" + script + "']\n");
        assertThat(run("import sys\nprint(sys.argv)\n").out()).isEqualTo("['']\n");
    }

    /** Tester, session 4: print(..., file=sys.stderr), the usual way scripts log, and sys.stderr.write go to stderr. */
    @Test
    void printToSysStderrGoesToStderr(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("log.py"),
                "import sys\nprint('out')\nprint('epoch', 1, file=sys.stderr)\nsys.stderr.write('done\\n')\nprint('to stdout', file=sys.stdout)\n");
        Run r = run("", script.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("out\nto stdout\n");
        assertThat(r.err()).isEqualTo("epoch 1\ndone\n");
    }

    @Test
    void eStatementsRunBeforeTheScript(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("use.adj"), "a * 2\n");
        Run r = run("", "-e", "a = 21", script.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("42");
    }

    @Test
    void jsonFormatOptionReachesTheCommands() {
        Run r = run(LECTURE + ":grad y\n", "--format", "json");
        assertThat(r.out()).contains("\"grad\"").contains("\"x1\"");
    }
}
