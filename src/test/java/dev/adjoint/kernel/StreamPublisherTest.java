package dev.adjoint.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamPublisherTest {
    @Test
    void manyLinesGoOutInFewMessagesAndNothingIsLost() {
        List<String> sent = new ArrayList<>();
        StreamPublisher p = new StreamPublisher(sent::add);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String line = "line " + i + "\n";
            p.write(line, 0, line.length());
            expected.append(line);
        }
        p.flush();
        assertThat(String.join("", sent)).isEqualTo(expected.toString());
        assertThat(sent.size()).isLessThan(1000); // held and sent in batches, not one message a line
        p.flush();
        assertThat(String.join("", sent)).isEqualTo(expected.toString()); // an empty flush sends nothing
    }
}
