package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.Pty;
import dev.adjoint.testing.Screen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The prompt on a real pseudo-terminal: what only a terminal shows (issue 14). */
@Tag("slow")
class TerminalTest {
    @BeforeAll
    static void needsPseudoTerminals() {
        Pty.assumeAvailable();
    }

    @Test
    void ctrlCClosesTheProgressBarAndNothingDrawsOverThePromptAfterwards() throws Exception {
        try (Pty pty = Pty.start(100, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type("for i in progress(range(1000000), \"epoch 13\"): z = sum(randn(30, 30) @ randn(30, 30))\r\r");
            pty.await(start, s -> Screen.text(s).matches("(?s).*epoch 13 +\\d+% .*"), "a drawn bar");
            Thread.sleep(500);
            int atCtrlC = pty.mark();
            pty.type("\u0003");
            pty.await(atCtrlC, "error: KeyboardInterrupt");
            pty.awaitPrompt(atCtrlC);
            int afterPrompt = pty.mark();
            Thread.sleep(1000); // the old bar's timer redrew it every 100 ms from here on: ten chances
            pty.type("1 + 1\r");
            pty.await(afterPrompt, "\n2\n");
            Thread.sleep(500);
            String after = pty.since(afterPrompt);
            assertThat(after).doesNotContain("epoch 13");
            List<String> bars = Screen.lines(pty.screen()).stream().filter(l -> l.matches("epoch 13 +\\d+% .*")).toList();
            assertThat(bars).hasSize(1);
            assertThat(bars.get(0)).endsWith("^C");
        }
    }

    @Test
    void aLoopThatEndsLeavesItsBarOnceAndABarLeftByAnErrorLeavesNone() throws Exception {
        try (Pty pty = Pty.start(100, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type("for i in progress(range(3), \"short\"): x = i\r\r");
            pty.awaitPrompt(start + 1);
            int second = pty.mark();
            pty.type("for i in progress(range(50), \"broken\"): x = i / (i - 20) + undefined_name\r\r");
            pty.await(second, "undefined_name");
            pty.awaitPrompt(second + 1);
            Thread.sleep(1000);
            String screen = Screen.text(pty.screen());
            assertThat(screen).containsOnlyOnce("short 100%");
            assertThat(screen).doesNotContain("broken ");
        }
    }

    @Test
    void aClassWithBlankLinesBetweenItsMethodsPastesAsFromAFile() throws Exception {
        String block = "class Acc:\n    def __init__(self):\n        self.total = 0\n\n    def add(self, v):\n        self.total += v\n\n"
                + "        return self.total\n\na = Acc()\nfor i in range(3):\n    a.add(i)\n\nprint(a.total * 100)\n";
        try (Pty pty = Pty.start(100, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type("\u001b[200~" + block.replace("\n", "\r") + "\u001b[201~\r"); // a terminal with bracketed paste
            String shown = pty.await(start, "300\n");
            assertThat(Screen.text(shown)).doesNotContain("error");
        }
    }

    @Test
    void aClassWithBlankLinesBetweenItsMethodsPastedWithoutBracketedPasteRunsAsFromAFile() throws Exception {
        String block = "class Acc:\n    def __init__(self):\n        self.total = 0\n\n    def add(self, v):\n        self.total += v\n \n"
                + "        return self.total\n\na = Acc()\nfor i in range(3):\n    a.add(i)\n\nprint(a.total * 100)\n";
        try (Pty pty = Pty.start(100, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type(block.replace("\n", "\r")); // the lines arrive as if typed, all at once
            String shown = Screen.text(pty.await(start, "300\n"));
            assertThat(shown).doesNotContain("error");
            // typed by hand, a blank line still ends the block, as in Python's REPL
            int typed = pty.mark();
            pty.type("def g():\r");
            pty.await(typed, "\n...");
            Thread.sleep(300);
            pty.type("return 5\r");
            Thread.sleep(300);
            pty.type("\r");
            Thread.sleep(500);
            pty.type("    g() * 7\r");
            assertThat(Screen.text(pty.await(typed, "unexpected indent"))).doesNotContain("35");
        }
    }

    @Test
    void aBlockPastedWithoutBracketedPasteRunsAsFromAFile() throws Exception {
        String block = """
                def f(x):
                    if x > 1:
                        return x * 2
                    return x

                for i in range(3):
                    a = f(i)
                	b = a + 100
                    print(b)

                """;
        try (Pty pty = Pty.start(100, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type(block.replace("\t", "    ").replace("\n", "\r")); // one write, as a terminal sends a paste
            String shown = pty.await(start, "104\n");
            assertThat(Screen.text(shown)).contains("100\n101\n104\n").doesNotContain("error");
            // typed by hand, a block is still indented for you
            int typed = pty.mark();
            pty.type("for i in range(2):\r");
            pty.await(typed, "\n...");
            Thread.sleep(300);
            pty.type("print(i * 7)\r");
            Thread.sleep(300);
            pty.type("\r");
            assertThat(Screen.text(pty.await(typed, "\n7\n"))).contains("...     print(i * 7)").doesNotContain("error");
        }
    }

    /**
     * Issue 14's leftover: a pasted blank line before an unindented else:/elif/except:/finally: or
     * before a comment at column 0 inside a block keeps the block open, as in the file the code
     * came from (CPython runs it so: {@code python3 file.py} prints the last line), whether the
     * terminal brackets the paste or not, and on a dumb terminal.
     */
    @Test
    void aPastedBlankLineBeforeElseExceptOrAColumnZeroCommentKeepsTheBlockAsInAFile() throws Exception {
        String file = """
                def sign(n):
                    if n < 0:
                        return -1

                    elif n == 0:
                        return 0

                    else:
                        return 1

                try:
                    x = 1 / 0

                except ZeroDivisionError:
                    x = -7

                finally:
                    done = True

                def total(xs):
                    s = 0
                # a comment at column 0 inside the body

                    for v in xs:
                        s += v

                    return s

                print(sign(-5), sign(0), sign(3), x, done, total([1, 2, 3]))
                """;
        String pasted = file.replace("\n", "\r");
        for (String how : new String[] {"bracketed", "as typed", "dumb"}) {
            try (Pty pty = Pty.start(100, how.equals("dumb") ? Map.of("TERM", "dumb") : Map.of(), "--no-color")) {
                pty.awaitPrompt(0);
                int start = pty.mark();
                pty.type(how.equals("bracketed") ? "\u001b[200~" + pasted + "\u001b[201~\r" : pasted);
                assertThat(Screen.text(pty.await(start, "-1 0 1 -7 True 6\n"))).as(how).doesNotContain("error:");
            }
        }
    }

    @Test
    void ctrlCAtAPromptSaysKeyboardInterruptAndDropsThePendingBlockAsPythonDoes() throws Exception {
        try (Pty pty = Pty.start(100, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type("for i in range(3):\r");
            pty.await(start, "\n...");
            pty.type("print(i + 1000)\r");
            pty.await(start, "print(i + 1000)\n...");
            pty.type("\u0003");
            pty.await(start, "KeyboardInterrupt\n>>>");
            int half = pty.mark();
            pty.type("half a li");
            pty.await(half, "half a li");
            pty.type("\u0003");
            pty.await(half, "KeyboardInterrupt\n>>>");
            int after = pty.mark();
            pty.type("7 * 6\r");
            String shown = Screen.text(pty.await(start, "\n42\n"));
            assertThat(shown).contains("...     print(i + 1000)\n...\nKeyboardInterrupt\n>>> ", ">>> half a li\nKeyboardInterrupt\n>>> 7 * 6\n42\n")
                    .doesNotContain("1000\n").doesNotContain("error");
        }
    }

    @Test
    void graphUsesTheTerminalsWidth() throws Exception {
        String wide = "a = 1\rb = 2\rc = 3\rd = 4\re = 5\ry = a*b + c*d + e*a + sin(b)*cos(c)\r:graph y\r"; // 99 columns
        try (Pty pty = Pty.start(120, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type(wide);
            String shown = Screen.text(pty.await(start, " output"));
            assertThat(shown).contains("╭", "┏━", "v14 = ").doesNotContain("too wide");
        }
        try (Pty pty = Pty.start(80, Map.of(), "--no-color")) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            pty.type(wide);
            assertThat(Screen.text(pty.await(start, "draws it"))).contains("too wide for 80 columns (--width 99 draws it)");
        }
    }

    @Test
    void onADumbTerminalEachLineShowsOnceAndCtrlCStopsOnlyTheLoop() throws Exception {
        try (Pty pty = Pty.start(80, Map.of("TERM", "dumb"))) {
            pty.awaitPrompt(0);
            int start = pty.mark();
            for (String line : new String[] {"x1 = 2", "x1 + 1", "for i in range(2):", "    print(i * 7)", ""}) {
                int before = pty.mark();
                pty.type(line + "\r");
                pty.awaitReady(before + 1);
            }
            String shown = Screen.text(pty.since(start));
            assertThat(shown).containsOnlyOnce("x1 = 2").containsOnlyOnce("x1 + 1").containsOnlyOnce("print(i * 7)")
                    .contains("\n3\n>>> for i in range(2):\n...     print(i * 7)\n...\n0\n7\n");
            int loop = pty.mark();
            pty.type("while True: x = 1\r\r");
            Thread.sleep(1500);
            pty.type("\u0003");
            pty.await(loop, "error: KeyboardInterrupt");
            pty.awaitReady(loop);
            pty.type("x1 * 21\r");
            assertThat(Screen.text(pty.await(loop, "\n42\n"))).containsOnlyOnce("x1 * 21");
            // Ctrl-C at a "... " prompt drops the block begun, as Python says
            int block = pty.mark();
            pty.type("for j in range(2):\r");
            pty.awaitReady(block + 1);
            pty.type("\u0003");
            pty.await(block, "KeyboardInterrupt\n>>>");
            pty.type("x1 * 50\r");
            assertThat(Screen.text(pty.await(block, "\n100\n"))).doesNotContain("error");
            // a pasted class keeps the blank lines between its methods
            int paste = pty.mark();
            pty.type("class Acc:\r    def __init__(self):\r        self.total = 0\r\r    def add(self, v):\r        self.total += v\r\r"
                    + "        return self.total\r\ra = Acc()\ra.add(2)\ra.add(5) * 100\r");
            assertThat(Screen.text(pty.await(paste, ">>> 700\n"))).doesNotContain("error"); // the prompts come before the output here
        }
    }
}
