package dev.adjoint.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThreadSettingTest {
    /** A value used in a scope holds until the scope closes, then the one before is back, nested scopes included. */
    @Test
    void aScopePutsBackTheValueBefore() {
        ThreadSetting<String> s = new ThreadSetting<>("default");
        assertThat(s.get()).isEqualTo("default");
        try (Scope outer = s.use("outer")) {
            try (Scope inner = s.use("inner")) {
                assertThat(s.get()).isEqualTo("inner");
            }
            assertThat(s.get()).isEqualTo("outer");
        }
        assertThat(s.get()).isEqualTo("default");
        s.set("changed");
        assertThat(s.get()).isEqualTo("changed");
    }

    /** Each thread has its own value, starting from the default. */
    @Test
    void eachThreadHasItsOwnValue() throws InterruptedException {
        ThreadSetting<String> s = new ThreadSetting<>("default");
        s.set("main");
        AtomicReference<String> seen = new AtomicReference<>();
        Thread other = new Thread(() -> {
            seen.set(s.get());
            s.set("other");
        });
        other.start();
        other.join();
        assertThat(seen.get()).isEqualTo("default");
        assertThat(s.get()).isEqualTo("main");
    }
}
