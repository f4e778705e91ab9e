package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exception group nobody catches is shown by its last line and then the boxes CPython 3.11 draws
 * for its members (the texts below are python3's own, from its traceback after that last line).
 * The conformance suite cannot compare them: CPython's traceback of a group ends with a box, not
 * the error's line. A member raised before it was grouped shows its traceback and chain in its box.
 */
class UncaughtExceptionGroupTest {
    @TempDir
    Path dir;

    private String stderr(String program) throws Exception {
        Path file = dir.resolve("group.py");
        Files.writeString(file, program);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--no-color", file.toString()}, new ByteArrayInputStream(new byte[0]), out, err, false);
        assertThat(code).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nestedGroupsEachInTheirBox() throws Exception {
        String shown = stderr("eg = ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ExceptionGroup('deep', [KeyError(3)])])])\n"
                + "raise eg\n");
        assertThat(shown).endsWith("error: ExceptionGroup: eg (2 sub-exceptions)\n  raise eg\n  ^^^^^^^^\n"
                + "  +-+---------------- 1 ----------------\n"
                + "    | ValueError: 1\n"
                + "    +---------------- 2 ----------------\n"
                + "    | ExceptionGroup: inner (2 sub-exceptions)\n"
                + "    +-+---------------- 1 ----------------\n"
                + "      | TypeError: 2\n"
                + "      +---------------- 2 ----------------\n"
                + "      | ExceptionGroup: deep (1 sub-exception)\n"
                + "      +-+---------------- 1 ----------------\n"
                + "        | KeyError: 3\n"
                + "        +------------------------------------\n");
    }

    @Test
    void notesAndTheLimitsOfWidthAndDepth() throws Exception {
        String wide = stderr("e = ValueError('')\ne.add_note('hello')\nraise ExceptionGroup('w', [e] + [KeyError(i) for i in range(16)])\n");
        assertThat(wide).contains("  +-+---------------- 1 ----------------\n    | ValueError\n    | hello\n    +---------------- 2 ----------------\n    | KeyError: 0\n")
                .endsWith("    +---------------- 15 ----------------\n    | KeyError: 13\n"
                        + "    +---------------- ... ----------------\n    | and 2 more exceptions\n    +------------------------------------\n");
        String deep = stderr("g = ValueError('bottom')\nfor i in range(12):\n    g = ExceptionGroup(f'l{i}', [g])\nraise g\n");
        assertThat(deep).endsWith("                    | ExceptionGroup: l2 (1 sub-exception)\n"
                + "                    +-+---------------- 1 ----------------\n"
                + "                      | ... (max_group_depth is 10)\n"
                + "                      +------------------------------------\n");
    }

    @Test
    void whatExceptStarLeftOver() throws Exception {
        String shown = stderr("try:\n    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\nexcept* ValueError:\n    pass\n");
        assertThat(shown).endsWith("group.py:2:5: error: ExceptionGroup: eg (1 sub-exception)\n      raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\n"
                + "      " + "^".repeat(57) + "\n"
                + "  +-+---------------- 1 ----------------\n    | TypeError: 2\n    +------------------------------------\n");
    }

    /** Members raised in functions, one raised from another, one with a note and never raised, one raised while another was handled: each box shows its traceback and chain as CPython's. */
    @Test
    void membersShowTheTracebacksTheyWereRaisedWithAndTheirChains() throws Exception {
        String program = """
                def f(n):
                    raise ValueError(n)

                def g():
                    try:
                        f(1)
                    except ValueError as e:
                        raise KeyError("k") from e

                errors = []
                for h in (lambda: f(2), g):
                    try:
                        h()
                    except Exception as e:
                        errors.append(e)
                e = TypeError("plain")
                e.add_note("a note")
                errors.append(e)
                def k():
                    try:
                        {}["x"]
                    except KeyError:
                        1/0
                try:
                    k()
                except Exception as e:
                    errors.append(e)
                raise ExceptionGroup("many", errors)
                """;
        String file = dir.resolve("group.py").toString();
        assertThat(stderr(program)).endsWith("""
                  +-+---------------- 1 ----------------
                    | Traceback (most recent call last):
                    |   File "FILE", line 13, in <module>
                    |     h()
                    |   File "FILE", line 11, in <lambda>
                    |     for h in (lambda: f(2), g):
                    |                       ^^^^
                    |   File "FILE", line 2, in f
                    |     raise ValueError(n)
                    | ValueError: 2
                    +---------------- 2 ----------------
                    | Traceback (most recent call last):
                    |   File "FILE", line 6, in g
                    |     f(1)
                    |   File "FILE", line 2, in f
                    |     raise ValueError(n)
                    | ValueError: 1
                    |\s
                    | The above exception was the direct cause of the following exception:
                    |\s
                    | Traceback (most recent call last):
                    |   File "FILE", line 13, in <module>
                    |     h()
                    |   File "FILE", line 8, in g
                    |     raise KeyError("k") from e
                    | KeyError: 'k'
                    +---------------- 3 ----------------
                    | TypeError: plain
                    | a note
                    +---------------- 4 ----------------
                    | Traceback (most recent call last):
                    |   File "FILE", line 21, in k
                    |     {}["x"]
                    |     ~~^^^^^
                    | KeyError: 'x'
                    |\s
                    | During handling of the above exception, another exception occurred:
                    |\s
                    | Traceback (most recent call last):
                    |   File "FILE", line 25, in <module>
                    |     k()
                    |   File "FILE", line 23, in k
                    |     1/0
                    |     ~^~
                    | ZeroDivisionError: division by zero
                    +------------------------------------
                """.replace("FILE", file));
    }

    /** What except* raises again: a handler's error, raised from the group it handled (whose boxes are drawn inside its box), and the rest of the group with the traceback it was raised with. */
    @Test
    void aGroupChainedBeforeAMemberHasItsOwnBoxes() throws Exception {
        String program = """
                def task(i):
                    if i % 2:
                        raise ValueError(i)
                    return [][i]

                def run():
                    errs = []
                    for i in range(3):
                        try:
                            task(i)
                        except Exception as e:
                            errs.append(e)
                    try:
                        raise ExceptionGroup("tasks", errs)
                    except* ValueError as eg:
                        raise RuntimeError("wrapped") from eg

                try:
                    run()
                except RuntimeError as r:
                    print("cause", repr(r.__cause__))
                    try:
                        raise ExceptionGroup("again", [r])
                    except* RuntimeError as g:
                        print(repr(g))
                def nested():
                    try:
                        raise ExceptionGroup("one", [KeyError("a")])
                    except* KeyError as k:
                        raise TypeError("in handler")
                nested()
                """;
        String file = dir.resolve("group.py").toString();
        assertThat(stderr(program)).endsWith("""
                  +-+---------------- 1 ----------------
                    | Exception Group Traceback (most recent call last):
                    |   File "FILE", line 14, in run
                    |     raise ExceptionGroup("tasks", errs)
                    | ExceptionGroup: tasks (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | Traceback (most recent call last):
                      |   File "FILE", line 10, in run
                      |     task(i)
                      |   File "FILE", line 3, in task
                      |     raise ValueError(i)
                      | ValueError: 1
                      +------------------------------------
                    |\s
                    | The above exception was the direct cause of the following exception:
                    |\s
                    | Traceback (most recent call last):
                    |   File "FILE", line 16, in run
                    |     raise RuntimeError("wrapped") from eg
                    | RuntimeError: wrapped
                    +---------------- 2 ----------------
                    | Exception Group Traceback (most recent call last):
                    |   File "FILE", line 14, in run
                    |     raise ExceptionGroup("tasks", errs)
                    | ExceptionGroup: tasks (2 sub-exceptions)
                    +-+---------------- 1 ----------------
                      | Traceback (most recent call last):
                      |   File "FILE", line 10, in run
                      |     task(i)
                      |   File "FILE", line 4, in task
                      |     return [][i]
                      |            ~~^^^
                      | IndexError: list index out of range
                      +---------------- 2 ----------------
                      | Traceback (most recent call last):
                      |   File "FILE", line 10, in run
                      |     task(i)
                      |   File "FILE", line 4, in task
                      |     return [][i]
                      |            ~~^^^
                      | IndexError: list index out of range
                      +------------------------------------
                """.replace("FILE", file));
    }
}
