package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

class AdjointCompleterTest {
    final AdjointCompleter completer = new AdjointCompleter(() -> List.of(":trace", ":grad", "x1", "x2", "sin"));

    List<String> complete(String buffer) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, AdjointParser.words(buffer, buffer.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNames() {
        assertThat(complete(":tr")).contains(":trace", ":grad", ":forward", ":quit");
    }

    @Test
    void formatsAfterFormatOption() {
        assertThat(complete(":trace y --format ")).containsExactly("text", "markdown", "latex", "json");
    }

    @Test
    void optionsAndNamesAfterACommand() {
        assertThat(complete(":forward y ")).contains("--format", "wrt", "dir", "x1", "x2").doesNotContain(":trace");
    }

    @Test
    void namesAndKeywordsInAnExpression() {
        assertThat(complete("y = s")).contains("x1", "sin", "for", "True").doesNotContain(":trace", "--format");
    }

    @Test
    void attributesAfterADot() {
        assertThat(complete("x1.gr")).contains("x1.grad", "x1.shape", "x1.backward");
    }

    @Test
    void failingNameSourceNeverBreaksCompletion() {
        AdjointCompleter broken = new AdjointCompleter(() -> {
            throw new IllegalStateException("boom");
        });
        List<Candidate> candidates = new ArrayList<>();
        broken.complete(null, AdjointParser.words("x", 1), candidates);
        assertThat(candidates).isNotEmpty(); // keywords still
    }
}
