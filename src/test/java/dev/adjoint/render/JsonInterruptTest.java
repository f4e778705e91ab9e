package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15: writing the JSON of every node of a huge graph (one string of hundreds of MB) now sees Ctrl-C. */
class JsonInterruptTest {
    @Test
    void writingALongListSeesTheInterrupt() {
        List<Object> nodes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) nodes.add(Map.of("id", "v" + i));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Json.write(Map.of("nodes", nodes))).isInstanceOf(ComputationInterrupted.class);
        } finally {
            Thread.interrupted();
        }
    }
}
