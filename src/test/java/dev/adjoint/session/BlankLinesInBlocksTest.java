package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pasted block or a cell runs as its file would: a blank line ends a block only where the file's next line of code does. */
class BlankLinesInBlocksTest {
    @Test
    void aBlankLineBeforeAnIndentedLineOrAClauseStaysInsideTheBlock() {
        assertThat(BlankLinesInBlocks.keepBlocksTogether("if a:\n    b = 1\n\nelse:\n    b = 2\n"))
                .isEqualTo("if a:\n    b = 1\n#\nelse:\n    b = 2\n");
        for (String clause : new String[] {"elif a > 1:", "except ValueError as e:", "except:", "finally:", "else :"})
            assertThat(BlankLinesInBlocks.keepBlocksTogether("x\n\n" + clause + "\n")).as(clause).isEqualTo("x\n#\n" + clause + "\n");
        assertThat(BlankLinesInBlocks.keepBlocksTogether("def f():\n    a = 1\n\n    return a\n")).isEqualTo("def f():\n    a = 1\n#\n    return a\n");
    }

    @Test
    void blankAndCommentLinesAreSkippedToFindTheNextLineOfCode() {
        String body = "def f():\n    s = 0\n\n# at column 0\n\n    return s\n";
        assertThat(BlankLinesInBlocks.keepBlocksTogether(body)).isEqualTo("def f():\n    s = 0\n#\n# at column 0\n#\n    return s\n");
        String ends = "for i in range(2):\n    print(i)\n\n# next part\nx = 1\n";
        assertThat(BlankLinesInBlocks.keepBlocksTogether(ends)).isEqualTo(ends); // an unindented statement ends the block, as in a file
    }

    @Test
    void wordsThatOnlyBeginLikeAClauseAndBlankLinesInStringsAreLeftAlone() {
        String text = "if a:\n    b = 1\n\nelsewhere = 2\nexcepted = 3\n";
        assertThat(BlankLinesInBlocks.keepBlocksTogether(text)).isEqualTo(text);
        String s = "s = '''a\n\n    b'''\n";
        assertThat(BlankLinesInBlocks.keepBlocksTogether(s)).isEqualTo(s);
    }
}
