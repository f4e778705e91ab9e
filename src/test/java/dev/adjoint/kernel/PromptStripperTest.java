package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** #134: prompts pasted with the code come off as IPython 8.12's TransformerManager takes them off (its answers for the same cells). */
class PromptStripperTest {
    @Test
    void theTutorialsPromptsComeOffAndItsOutputLinesStay() {
        assertThat(PromptStripper.strip(">>> x = 1\n>>> x\n1\n")).isEqualTo("x = 1\nx\n1\n");
        assertThat(PromptStripper.strip("\n\n>>> for i in range(2):\n...     print(i)\n...\n")).isEqualTo("\n\nfor i in range(2):\n    print(i)\n\n");
        assertThat(PromptStripper.strip("x = 1\n>>> y\n")).isEqualTo("x = 1\ny\n"); // a prompt on the second line is enough
        assertThat(PromptStripper.strip("x = 1\n... \n")).isEqualTo("x = 1\n\n");
    }

    @Test
    void ipythonsPromptsComeOffToo() {
        assertThat(PromptStripper.strip("In [1]: y = 7\n   ...:     z\n")).isEqualTo("y = 7\n    z\n");
    }

    @Test
    void codeWithoutPromptsIsUntouched() {
        assertThat(PromptStripper.strip(">>>x\n")).isEqualTo(">>>x\n"); // no space after the prompt: not one
        assertThat(PromptStripper.strip("a = 1\nb = a >> 1\n")).isEqualTo("a = 1\nb = a >> 1\n");
        assertThat(PromptStripper.strip("")).isEqualTo("");
    }
}
