package dev.adjoint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/** What a student sees after the slips of a lecture (tester findings #119, #120, #131, #134): each error says what to type instead. */
class LectureTyposTest extends ShellHarness {
    private String error(String input) {
        printed(input);
        return err.toString();
    }

    @Test
    void stepWithoutItsPassSaysHowStepIsWritten() {
        lecture();
        assertThat(error(":step y wrt x1")).contains("expected forward or reverse, got 'y'; :step needs a pass: :step forward y wrt x1, or :step reverse y");
        // the hint for a missing 'wrt' names a command that runs
        assertThat(error(":step forward")).contains("say which input to differentiate by: :step forward y wrt x1 (inputs: x1, x2)");
        assertThat(printed(":step forward y wrt x1")).contains("step 7/7");
        assertThat(error(":forward")).contains("say which input to differentiate by: :forward y wrt x1");
    }

    @Test
    void aCommandTypedWithoutItsColonIsNamed() {
        lecture();
        assertThat(error("trace y")).contains("SyntaxError: invalid syntax; commands start with ':' (did you mean :trace y?)");
        assertThat(error("help trace")).contains("(did you mean :help trace?)");
        assertThat(error(": trace y")).contains("unknown command ':'; did you mean ':trace'? (no space after the colon)");
        // other syntax errors keep their message; a variable named like a command still works
        assertThat(error("y y")).contains("SyntaxError: invalid syntax").doesNotContain("commands start with");
        assertThat(printed("trace = 3\ntrace + 1")).contains("4");
        assertThat(error(": nothing")).contains("unknown command ':' (:help lists the commands)");
    }

    @Test
    void codeCopiedWithItsPromptsSaysSo() {
        assertThat(error(">>> import math")).contains("'>>>' is the prompt of the example you copied; paste the code without the '>>> ' and '... ' prompts");
        assertThat(error("x = 1 >>> 2")).doesNotContain("prompt"); // not at the start of a line: an ordinary error
    }

    @Test
    void modulesOfLectureNotebooksGetAHint() {
        assertThat(error("from graphviz import Digraph")).contains("No module named 'graphviz'").contains("hint: adjoint has no graphviz package; :graph y draws");
        assertThat(error("import pandas as pd")).contains("No module named 'pandas'").contains("hint: adjoint has no pandas");
        assertThat(error("from d2l import torch as d2l")).contains("No module named 'd2l'").contains("hint: adjoint has no d2l package");
        assertThat(error("import shutil")).contains("No module named 'shutil' (adjoint does not copy, move or delete files)");
    }
}
