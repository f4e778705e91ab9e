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
 * the error's line.
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
}
