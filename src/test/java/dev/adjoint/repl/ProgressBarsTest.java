package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.Progress;
import dev.adjoint.testing.Screen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress bars on an in-memory terminal with a clock the test moves. */
class ProgressBarsTest {
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Outputs raw = Outputs.of(terminal, terminal);
    private final ProgressBars bars = new ProgressBars(raw.err(), () -> 100, now::get);
    private final Outputs io = raw.clearingBarsOf(bars);

    private String written() {
        io.flush();
        return terminal.toString(StandardCharsets.UTF_8);
    }

    private List<String> screen() {
        return Screen.lines(written());
    }

    private void steps(Progress p, int n) {
        for (int i = 0; i < n; i++) {
            now.addAndGet(40);
            p.step();
        }
    }

    @Test
    void aLoopThatEndsLeavesOneRecordLine() {
        Progress p = bars.open("epoch 1", 10, false);
        steps(p, 10);
        p.close();
        io.out().println("epoch 1  loss 0.38");
        assertThat(screen()).hasSize(3);
        assertThat(screen().get(0)).startsWith("epoch 1 100% │").contains("10/10 (0:00:00 / 0:00:00)").doesNotContain("\u001b");
        assertThat(screen().get(1)).isEqualTo("epoch 1  loss 0.38");
        assertThat(screen().get(2)).isEmpty();
    }

    @Test
    void barsRedrawAtMostEveryTenthOfASecondAndAtTheLastStep() {
        Progress p = bars.open("epoch 1", 100, false);
        int before = written().split("\r", -1).length;
        steps(p, 100); // 4 s at 40 ms a step: about 40 draws, not 100
        int draws = written().split("\r", -1).length - before;
        assertThat(draws).isBetween(30, 50);
        assertThat(screen().get(0)).contains("100/100");
    }

    @Test
    void ctrlCStopsEveryOpenBarAndLeavesTheLineAsItWas() {
        Progress outer = bars.open("epochs", 5, false);
        outer.step();
        Progress inner = bars.open("epoch 2", 100, false);
        steps(inner, 59);
        bars.interrupted();
        String atInterrupt = written();
        steps(inner, 10); // the worker notices the interrupt a little later
        inner.close();
        outer.close();
        bars.closeAll();
        assertThat(written()).isEqualTo(atInterrupt); // nothing drawn once interrupted
        assertThat(Screen.lines(atInterrupt)).hasSize(1); // the caller ends the line, after the terminal's ^C
        assertThat(Screen.lines(atInterrupt).get(0)).startsWith("epoch 2  59%").contains(" 59/100 ").endsWith("^C");
    }

    @Test
    void textWhileABarStandsOnTheLineErasesItAndTheNextStepDrawsItBelow() {
        Progress p = bars.open("epoch 1", 4, false);
        steps(p, 1);
        io.out().println("batch 1 loss 2.3");
        steps(p, 3);
        p.close();
        assertThat(screen()).hasSize(3);
        assertThat(screen().get(0)).isEqualTo("batch 1 loss 2.3");
        assertThat(screen().get(1)).startsWith("epoch 1 100%");
    }

    @Test
    void aLoopLeftEarlyByAnErrorLeavesNoBarBehindTheMessage() {
        Progress p = bars.open("epoch 3", 100, false);
        steps(p, 35);
        io.err().println("error: name 'W3' is not defined");
        bars.closeAll(); // the input has ended
        steps(p, 5); // a stale iterator stepped later draws nothing
        assertThat(screen()).containsExactly("error: name 'W3' is not defined", "");
    }

    @Test
    void aLoopLeftByBreakEndsItsLineOnceAndTheNextBarGetsItsOwn() {
        Progress first = bars.open("epoch 0", 100, false);
        steps(first, 35);
        bars.closeAll();
        Progress second = bars.open("epoch 1", 10, false);
        steps(second, 10);
        second.close();
        bars.closeAll();
        List<String> s = screen();
        assertThat(s).hasSize(3);
        assertThat(s.get(0)).startsWith("epoch 0  35%").contains("35/100");
        assertThat(s.get(1)).startsWith("epoch 1 100%");
        assertThat(String.join("\n", s)).containsOnlyOnce("epoch 0").containsOnlyOnce("epoch 1");
    }
}
