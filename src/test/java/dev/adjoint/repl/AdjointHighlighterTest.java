package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class AdjointHighlighterTest {
    static AttributedStyle styleAt(String buffer, String part) {
        return AdjointHighlighter.styles(buffer)[buffer.indexOf(part)];
    }

    @Test
    void coloursByTokenCategory() {
        String s = "y = ln(x1) + 2.5 * x2  # the lecture";
        assertThat(styleAt(s, "ln")).isEqualTo(AdjointHighlighter.BUILTIN);
        assertThat(styleAt(s, "x1")).isEqualTo(AdjointHighlighter.PLAIN);
        assertThat(styleAt(s, "2.5")).isEqualTo(AdjointHighlighter.NUMBER);
        assertThat(styleAt(s, "# the")).isEqualTo(AdjointHighlighter.COMMENT);
    }

    @Test
    void keywordsStringsAndBlocks() {
        String s = "for i in range(3):\n    print(\"hi\")";
        assertThat(styleAt(s, "for")).isEqualTo(AdjointHighlighter.KEYWORD);
        assertThat(styleAt(s, "in ")).isEqualTo(AdjointHighlighter.KEYWORD);
        assertThat(styleAt(s, "\"hi\"")).isEqualTo(AdjointHighlighter.STRING);
    }

    @Test
    void commandLines() {
        String s = ":trace y --format json";
        assertThat(styleAt(s, ":trace")).isEqualTo(AdjointHighlighter.COMMAND);
        assertThat(styleAt(s, "--format")).isEqualTo(AdjointHighlighter.OPTION);
        assertThat(styleAt(s, "y ")).isEqualTo(AdjointHighlighter.PLAIN);
    }

    @Test
    void plainWithoutColourAndNeverThrows() {
        AdjointHighlighter off = new AdjointHighlighter(false);
        assertThat(off.highlight(null, "x = 1").toAnsi()).isEqualTo("x = 1");
        AdjointHighlighter on = new AdjointHighlighter(true);
        for (String odd : new String[] {"\"unterminated", "x = $ ? `", "((((", "\n\n:", "1e", "\t"}) {
            assertThat(on.highlight(null, odd).toString()).isEqualTo(odd);
        }
    }
}
