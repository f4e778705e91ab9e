package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.BigStack;
import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's depth limits: pathological nesting 100,000 deep, user recursion, a chain of a million
 * nodes through :trace, :reverse, :forward, :grad and printing. Each gives a clear error or works,
 * and nothing is ever a StackOverflowError or a flood of output. Run both on a thread with the
 * REPL's evaluation stack and on a small one (where the JVM's stack runs out first).
 */
class DepthTest extends ShellHarness {
    private static final long REPL_STACK = BigStack.REPL, SMALL_STACK = 256L << 10;

    private static String nested(String open, String middle, String close, int depth) {
        return open.repeat(depth) + middle + close.repeat(depth);
    }

    @Test
    void nesting100000DeepIsAClearError() throws InterruptedException {
        String[] inputs = {nested("(", "1", ")", 100_000), nested("[", "1", "]", 100_000), nested("f(", "1", ")", 100_000),
            "-".repeat(100_000) + "x", "not ".repeat(100_000) + "x", "x" + ".T".repeat(100_000), "x" + " ** x".repeat(100_000),
            "x" + "[0]".repeat(100_000), "if x:\n" + nestedBlocks(2_000)};
        for (long stack : new long[] {REPL_STACK, SMALL_STACK}) {
            BigStack.run(stack, () -> {
                run("x = 2\ndef f(a): return a");
                for (String in : inputs) {
                    assertThat(ok(in)).as(in.substring(0, 20)).isFalse();
                    assertThat(take(err)).as(in.substring(0, 20)).containsAnyOf("nested too deeply", "too many levels of indentation")
                            .doesNotContain("internal error");
                }
                assertThat(ok("x + 1")).isTrue();
            });
        }
    }

    /** Issue 15, item 13: before, a 3000-deep block piped in gave 29 copies of the same error (one per hundred lines) and never "after". */
    @Test
    void aTooDeepBlockInAPipeIsOneError() {
        String stdin = "x = 1\nif x:\n" + nestedBlocks(3_000) + "\nprint('after')\n";
        dev.adjoint.repl.MainProbe.Run r = dev.adjoint.repl.MainProbe.run(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.code()).isZero();
        assertThat(r.err()).containsPattern("<stdin>:10[23]:[0-9]+: error: IndentationError: too many levels of indentation");
        assertThat(r.err().split("error:", -1)).hasSize(2);
        assertThat(r.out()).isEqualTo("after\n");
    }

    private static String nestedBlocks(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) sb.append(" ".repeat(i)).append("if x:\n");
        return sb.append(" ".repeat(depth + 1)).append("y = 1\n").toString();
    }

    @Test
    void longFlatInputsWork() throws InterruptedException {
        BigStack.run(SMALL_STACK, () -> {
            assertThat(ok("s = 0" + " + 1".repeat(100_000))).isTrue(); // a long chain is a loop, not a recursion
            assertThat(ok("s")).isTrue();
            assertThat(take(out)).isEqualTo("100000\n");
            assertThat(ok("x = 1\n".repeat(100_000))).isTrue();
        });
    }

    @Test
    void userRecursionStopsAtTheLimitOnAnyStack() throws InterruptedException {
        for (long stack : new long[] {REPL_STACK, SMALL_STACK}) {
            BigStack.run(stack, () -> {
                run("def f(n): return f(n + 1)");
                assertThat(ok("y = f(0)")).isFalse();
                assertThat(take(err)).contains("maximum recursion depth exceeded").doesNotContain("internal error");
                run("def g(n):\n    if n == 0:\n        return 0\n    return g(n - 1) + 1\n");
                if (stack == REPL_STACK) { // well under the limit: works where the REPL evaluates
                    assertThat(ok("g(900)")).isTrue();
                    assertThat(take(out)).isEqualTo("900\n");
                }
            });
        }
    }

    @Test
    void deeplyNestedValuesPrintOrSayTheyAreTooDeep() throws InterruptedException {
        for (long stack : new long[] {REPL_STACK, SMALL_STACK}) {
            BigStack.run(stack, () -> {
                assertThat(ok("L = ()\nfor i in range(100000): L = (L,)\n")).isTrue();
                for (String in : new String[] {"L", "print(L)", "s = str(L)", "L == L", ":vars", "len(L)"}) {
                    run(in);
                    assertThat(take(err)).as(in).doesNotContain("internal error");
                }
                assertThat(take(out)).contains("((((((((((((((((((((...),),),),),),),),),),),"); // 100 levels, then (...)
                assertThat(ok("1 + 1")).isTrue();
            });
        }
    }

    @Test
    void aChainOfAMillionNodesIsTracedSummarisedAndDifferentiated() throws InterruptedException {
        BigStack.run(SMALL_STACK, () -> { // the engine never recurses over the graph: a small stack is enough
            assertThat(ok("x = 1\ny = x\nfor i in range(1000000): y = y + 1\n")).isTrue();
            assertThat(ok("y")).isTrue();
            assertThat(take(out)).isEqualTo("1000001\n");
            for (String c : new String[] {":trace y", ":reverse y"}) { // :forward shares the rendering
                assertThat(ok(c)).as(c).isTrue();
                String text = take(out);
                assertThat(text.length()).as(c).isLessThan(30_000); // first and last 100 rows, not a million
                assertThat(text).as(c).contains("(999,801 more)").contains("(1,000,001 rows; the first 100 and the last 100 are shown, "
                        + c.split(" ")[0] + " y --all shows every row)");
            }
            assertThat(ok(":grad y")).isTrue();
            assertThat(take(out)).isEqualTo("∂y/∂x = 1\n");
            assertThat(ok(":vars")).isTrue();
            assertThat(take(out)).contains("1000002");
            assertThat(take(err)).isEmpty();
        });
    }

    @Test
    void allShowsEveryRow() {
        run("x = 1\ny = x\nfor i in range(300): y = y * 1\n");
        run(":trace y");
        assertThat(take(out).lines().count()).isLessThan(210);
        run(":trace y --all");
        assertThat(take(out)).contains("v150 ").doesNotContain("more)");
        run(":reverse y --all --format markdown");
        assertThat(take(out).lines().filter(l -> l.startsWith("| v")).count()).isEqualTo(301);
        assertThat(take(err)).isEmpty();
    }
}
