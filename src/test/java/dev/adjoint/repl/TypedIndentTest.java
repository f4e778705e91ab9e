package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Indentation typed by hand on the prompt's auto-indented lines (tester finding: 4 + 4, 8 + 12 spaces). */
class TypedIndentTest {
    /** The line as it stands after typing {@code keys} (spaces and letters) on a fresh line after {@code head}, which auto-indented it. */
    private static String typed(TypedIndent indent, String head, String keys) {
        String line = "    ".repeat(AdjointParser.nextIndent(head));
        for (char k : keys.toCharArray()) {
            if (k == ' ') line = line.substring(0, line.length() - indent.spaceDeletes(head + "\n" + line, "")) + " ";
            else line += k;
        }
        return line;
    }

    @Test
    void spacesTypedAsAtPythonsPromptAreTheIndentation() {
        TypedIndent indent = new TypedIndent();
        String head = "for i in range(3):";
        assertThat(typed(indent, head, "    if i:")).isEqualTo("    if i:");
        head += "\n    if i:";
        assertThat(typed(indent, head, "        total += i")).isEqualTo("        total += i");
        head += "\n        total += i";
        assertThat(typed(indent, head, "    print(i, total)")).isEqualTo("    print(i, total)");
    }

    @Test
    void typingWithoutSpacesKeepsTheAutoIndentAndSpacesInsideALineStay() {
        TypedIndent indent = new TypedIndent();
        assertThat(typed(indent, "for i in range(3):", "total += i")).isEqualTo("    total += i");
        assertThat(typed(indent, "for i in range(3):\n    x = 1", "y = 2")).isEqualTo("    y = 2");
        assertThat(typed(indent, "x = 1", " y")).isEqualTo(" y"); // no auto-indent there: nothing to drop
    }

    @Test
    void insideATripleQuotedStringSpacesAndBackspaceAreTheStringsOwn() {
        TypedIndent indent = new TypedIndent();
        assertThat(typed(indent, "def f():\n    s = \"\"\"a", "  b")).isEqualTo("  b");
        assertThat(TypedIndent.backspaceDeletes("def f():\n    s = \"\"\"a\n        ", "")).isEqualTo(1);
    }

    @Test
    void backspaceInLeadingSpacesGoesBackOneLevel() {
        assertThat(TypedIndent.backspaceDeletes("for i in range(3):\n    if i:\n        ", "")).isEqualTo(4);
        assertThat(TypedIndent.backspaceDeletes("for i in range(3):\n      ", "")).isEqualTo(2);
        assertThat(TypedIndent.backspaceDeletes("for i in range(3):\n    x", "")).isEqualTo(1);
        assertThat(TypedIndent.backspaceDeletes("x = 1   ", "")).isEqualTo(1); // the first line: one character
    }

    @Test
    void backspaceAtTheStartOfAnEmptyContinuationLineDoesNothing() {
        assertThat(TypedIndent.backspaceDeletes("if x > 3:\n    print('big')\n", "")).isEqualTo(0); // finding #137
        assertThat(TypedIndent.backspaceDeletes("if x > 3:\n", "\n    y = 2")).isEqualTo(0);
        assertThat(TypedIndent.backspaceDeletes("if x > 3:\n", "y = 2")).isEqualTo(1); // a line with text joins, as an editor's
    }
}
