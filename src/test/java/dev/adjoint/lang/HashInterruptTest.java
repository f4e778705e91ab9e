package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, item 4: before, hash(u) of a tuple shared at 60 levels ignored Ctrl-C and never ended. */
class HashInterruptTest {
    @Test
    void hashingATupleSharedAtEveryLevelSeesTheInterrupt() {
        Object u = List.of(1L);
        for (int i = 0; i < 16; i++) u = List.of(u, u); // 65,536 leaves: hashed at once, unless interrupted
        Object tuple = u;
        for (Runnable hash : new Runnable[] {() -> HashKey.of(tuple), () -> SetOrder.hash(List.of(tuple))}) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(hash::run).isInstanceOf(ComputationInterrupted.class);
            } finally {
                Thread.interrupted();
            }
        }
    }
}
