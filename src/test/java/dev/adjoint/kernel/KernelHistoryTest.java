package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.junit.jupiter.api.Test;

class KernelHistoryTest {
    final KernelHistory history = new KernelHistory();

    {
        history.add(1, "x = 1");
        history.add(2, ":trace y");
        history.add(3, "x = 1");
        history.add(4, "print(x)");
    }

    @Test
    void tailRangeAndSearchGiveSessionLineInputTriples() {
        assertThat(history.reply(new HistoryRequest.Tail(false, true, 2)).history())
                .containsExactly(List.of(1, 3, "x = 1"), List.of(1, 4, "print(x)"));
        assertThat(history.reply(new HistoryRequest.Range(false, true, 0, 2, 4)).history())
                .extracting(t -> t.get(1)).containsExactly(2, 3);
        assertThat(history.reply(new HistoryRequest.Search(false, true, 10, "x*", true)).history())
                .containsExactly(List.of(1, 3, "x = 1"));
        assertThat(history.reply(new HistoryRequest.Search(false, true, 10, ":*", false)).history()).hasSize(1);
    }
}
