package dev.adjoint.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
    /** Combined scopes close as nested try blocks would: the inner one first, the outer one even if the inner fails. */
    @Test
    void combinedScopesCloseInnerFirstAndAlways() {
        List<String> closed = new ArrayList<>();
        Scope outer = () -> closed.add("outer"), inner = () -> closed.add("inner");
        try (Scope both = outer.and(inner)) {
            assertThat(closed).isEmpty();
        }
        assertThat(closed).containsExactly("inner", "outer");
        closed.clear();
        Scope failing = () -> {
            throw new IllegalStateException("inner failed");
        };
        assertThatThrownBy(() -> outer.and(failing).close()).hasMessage("inner failed");
        assertThat(closed).containsExactly("outer");
    }
}
