package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.adjoint.lang.LangError;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    private final Session session = new Session();

    @Test
    void simpleStatementsAreComplete() {
        assertThat(session.isComplete("x = 1")).isTrue();
        assertThat(session.isComplete("")).isTrue();
        assertThat(session.isComplete("# just a comment")).isTrue();
        assertThat(session.isComplete("y = x +")).isTrue(); // a syntax error, reported at once
        assertThat(session.isComplete("s = 'open")).isTrue();
    }

    @Test
    void openBracketsContinue() {
        assertThat(session.isComplete("y = ln(")).isFalse();
        assertThat(session.isComplete("W = [[1, 2],\n     [3, 4]")).isFalse();
        assertThat(session.isComplete("W = [[1, 2],\n     [3, 4]]")).isTrue();
    }

    /**
     * T17: inside brackets, an error at the last token that no further text can mend is complete (a
     * notebook's is_complete says "invalid", as IPython 8.5's for def f(:), while a cut-off one
     * waits (IPython's "incomplete"); CPython 3.11's prompt answers both so.
     */
    @Test
    void anErrorAtTheLastTokenThatNothingMendsIsComplete() {
        for (String invalid : new String[] {"def f(:", "x = (1 2"}) assertThat(session.isComplete(invalid)).as(invalid).isTrue();
        for (String cut : new String[] {"y = f(a +", "a[1:", "g = (lambda:", "d = {1:", "x = (1,", "t = f(a,  # the next one", "[v for v in", "def f(a,"})
            assertThat(session.isComplete(cut)).as(cut).isFalse(); // (codeop.compile_command: None, "incomplete")
    }

    @Test
    void blocksWaitForAnEmptyLine() {
        assertThat(session.isComplete("for i in range(3):")).isFalse();
        assertThat(session.isComplete("for i in range(3):\n    x = i")).isFalse();
        assertThat(session.isComplete("for i in range(3):\n    x = i\n")).isTrue();
        assertThat(session.isComplete("for i in range(3): x = i")).isFalse();
        assertThat(session.isComplete("for i in range(3): x = i\n")).isTrue();
        assertThat(session.isComplete("if x:\n    a = 1\nelse:")).isFalse();
        assertThat(session.isComplete("def f(a):\n    return a\n\n")).isTrue();
        assertThat(session.isComplete("try:\n    x = 1\nexcept ValueError:")).isFalse();
        assertThat(session.isComplete("class A:\n    k = 1")).isFalse();
        assertThat(session.isComplete("@staticmethod")).isFalse();
        assertThat(session.isComplete("s = '''one\n\ntwo")).isFalse();
        assertThat(session.isComplete("s = '''one\n\ntwo'''")).isTrue();
    }

    /** CPython's prompt reports "expected ':'" on the Enter of the header: no later line could mend it. */
    @Test
    void aBlockHeaderWithoutItsColonIsCompleteSoItsErrorComesAtOnce() {
        for (String header : new String[] {"for i in range(3)", "def train(n)", "if x > 1", "while True", "class A", "class A(B)",
                "try", "with open(f) as g", "def f() -> int", "if d[1:2]", "if f(lambda v: v)", "for i in range(3):\n    if i > 1",
                "if x:\n    pass\nelse", "for i in range(\n3)"}) {
            assertThat(session.isComplete(header)).as(header).isTrue();
            LangError e = catchThrowableOfType(() -> session.eval(header, new RecordingOutput()), LangError.class);
            assertThat(e).as(header).hasMessage("SyntaxError: expected ':'");
            assertThat(e.span().column()).as(header).isEqualTo(header.length() - header.lastIndexOf('\n')); // after the line's last character, as CPython's caret
        }
        assertThat(session.isComplete("if x: y = 1")).isFalse(); // a one-line block, as Python's prompt waits
        assertThat(session.isComplete("if (lambda: 1)(): y = 1")).isFalse();
    }

    /**
     * A header with an error before its end is complete on its own Enter, as at CPython's prompt:
     * {@code if x = 3: print(x)} then reports its error instead of swallowing the next line.
     */
    @Test
    void aHeaderWithAnErrorInsideIsCompleteSoItsErrorComesAtOnce() {
        for (String header : new String[] {"if x = 3: print(x)", "if x = 3:", "while x = 3:", "for i in range(3) if x:", "def f(x) = 1:",
                "if x:\n    pass\nif y = 2:", "with = 3:", "if x ==:"})
            assertThat(session.isComplete(header)).as(header).isTrue();
        for (String header : new String[] {"if x == 3: print(x)", "for i in range(3):", "try:", "try: pass", "@dec", "@dec(1)",
                "class A(B):", "for i in r:\n    y = (1,\n 2)\n    if i: continue", "def f():\n    if x: return 1", "def f(x) -> int:", "if x:\n    pass\nelse:", "if x:\n    pass\nelif y:",
                "try:\n    pass\nexcept E as e:", "while (n := n - 1):"})
            assertThat(session.isComplete(header)).as(header).isFalse();
    }

    @Test
    void aDedentedStatementAfterABlockCompletesIt() {
        assertThat(session.isComplete("for i in range(3):\n    x = i\ny = 2")).isTrue();
        assertThat(session.isComplete("for i in range(3):\n    x = i\n# comment")).isFalse();
    }

    @Test
    void unfinishedNamesTheOpenBracket() {
        LangError e = session.unfinished("y = ln(").orElseThrow();
        assertThat(e).hasMessage("SyntaxError: '(' was never closed");
        assertThat(e.span().column()).isEqualTo(7);
        assertThat(session.unfinished("y = f(g(1),\n  [2").get().getMessage()).isEqualTo("SyntaxError: '[' was never closed");
        assertThat(session.unfinished("y = 1")).isEmpty();
        assertThat(session.unfinished("for i in range(3):")).isEmpty();
    }

    @Test
    void evalOfAnUnfinishedInputThrowsThatError() {
        LangError e = catchThrowableOfType(LangError.class, () -> session.eval("y = (1 +\n\n", new RecordingOutput()));
        assertThat(e).hasMessage("SyntaxError: '(' was never closed");
    }
}
