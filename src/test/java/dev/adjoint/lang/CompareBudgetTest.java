package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4: comparing two tuples that hold one tuple twice at every level (u = (u, u) 60
 * times, and v built the same way) walked 2^60 items: Ctrl-C stopped it, nothing else did. The
 * items compared are counted, as hashing counts them, and past a bound the comparison fails.
 */
class CompareBudgetTest {
    private static Object sharedAtEveryLevel(int levels) {
        Object u = List.of(1L);
        for (int i = 0; i < levels; i++) u = List.of(u, u);
        return u;
    }

    /** The bound lowered to 10^6 for the walk (10^8 items took ~20 s of the suite three times over); the same code counts. */
    @Test
    void equalityOfValuesSharedAtEveryLevelEndsWithAMemoryError() {
        assertThat(Operators.compareItemBound).isEqualTo(100_000_000L);
        Object u = sharedAtEveryLevel(60), v = sharedAtEveryLevel(60);
        Operators.compareItemBound = 1_000_000;
        try {
            for (Runnable compare : new Runnable[] {() -> Operators.equal(u, v), () -> Operators.compare(TokenType.LESS, u, v),
                    () -> Operators.contains(new PyList(List.of(v)), u)})
                assertThatThrownBy(compare::run).isInstanceOfSatisfying(PyError.class, e -> { assertThat(e.type()).isEqualTo("MemoryError"); assertThat(e.getMessage()).contains("1,000,000 items"); });
        } finally {
            Operators.compareItemBound = Operators.MAX_COMPARE_ITEMS;
        }
    }

    @Test
    void valuesWithinTheBoundCompareAsBefore() {
        assertThat(Operators.equal(sharedAtEveryLevel(20), sharedAtEveryLevel(20))).isTrue(); // 2 million items
        assertThat(Operators.equal(sharedAtEveryLevel(20), sharedAtEveryLevel(19))).isFalse();
    }
}
