package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Z68: a TabError's caret marks the line's first token, not the indentation it is about (CPython shows the line without it). */
class TabErrorCaretTest {
    @Test
    void theCaretIsUnderTheFirstToken() {
        LangError e = catchThrowableOfType(() -> Lexer.tokenize("def f():\n\tif True:\n        return 1\n"), LangError.class);
        assertThat(e.type()).isEqualTo("TabError");
        assertThat(e.span().line()).isEqualTo(3);
        assertThat(e.span().column()).isEqualTo(9);
        assertThat(e.span().length()).isEqualTo("return".length());
        e = catchThrowableOfType(() -> Lexer.tokenize("if True:\n        x = 1\n\ty = 2\n"), LangError.class);
        assertThat(e.type()).isEqualTo("TabError");
        assertThat(e.span().column()).isEqualTo(2);
        assertThat(e.span().length()).isEqualTo(1);
    }
}
