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

    @Test
    void equalityOfValuesSharedAtEveryLevelEndsWithAMemoryError() {
        Object u = sharedAtEveryLevel(60), v = sharedAtEveryLevel(60);
        for (Runnable compare : new Runnable[] {() -> Operators.equal(u, v), () -> Operators.compare(TokenType.LESS, u, v),
                () -> Operators.contains(new PyList(List.of(v)), u)})
            assertThatThrownBy(compare::run).isInstanceOfSatisfying(PyError.class, e -> { assertThat(e.type()).isEqualTo("MemoryError"); assertThat(e.getMessage()).contains("100,000,000"); });
    }

    @Test
    void valuesWithinTheBoundCompareAsBefore() {
        assertThat(Operators.equal(sharedAtEveryLevel(20), sharedAtEveryLevel(20))).isTrue(); // 2 million items
        assertThat(Operators.equal(sharedAtEveryLevel(20), sharedAtEveryLevel(19))).isFalse();
    }
}
