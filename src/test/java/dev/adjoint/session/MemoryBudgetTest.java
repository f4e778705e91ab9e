package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.ndarray.ComputationInterrupted;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4: a command on a huge graph asks {@link MemoryBudget} first. Its collection (to
 * count garbage as free) cannot be stopped by Ctrl-C and took seconds on a full heap: it is skipped
 * when the work could not fit even in an empty heap, and a Ctrl-C that comes before or during it
 * wins over its answer (it used to give the refusal, or go on, seconds later).
 */
class MemoryBudgetTest {
    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionCount());
        return n;
    }

    @Test
    void workBeyondTheWholeHeapIsRefusedWithoutACollection() {
        long max = Runtime.getRuntime().maxMemory();
        long before = collections();
        assertThatThrownBy(() -> MemoryBudget.check(4_000_000, max / 1_000_000, ":replay on a graph")).isInstanceOf(Refusal.class)
                .hasMessageContaining("ADJOINT_JAVA_OPTS=-Xmx");
        assertThat(collections()).as("collections during the check").isEqualTo(before);
    }

    @Test
    void anInterruptBeforeTheCollectionIsNotLost() {
        Runtime r = Runtime.getRuntime();
        long free = r.maxMemory() - (r.totalMemory() - r.freeMemory());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> MemoryBudget.check(1, Math.max(free + 1, r.maxMemory() / 4), "work")).isInstanceOf(ComputationInterrupted.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theHeapToAskForHoldsWhatIsInUseAndTheWork() {
        long gib = 1L << 30;
        // 10 GB of work, 0.1 GB in use of a 5.8 GB heap: 11 GB and one for garbage (it said 30)
        assertThat(MemoryBudget.heapToAsk(10 * gib, 58 * gib / 10, 57 * gib / 10)).isEqualTo(12);
        assertThat(MemoryBudget.heapToAsk(Long.MAX_VALUE, 4 * gib, gib)).isPositive();
    }
}
