package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The operator table names each operator's methods as CPython's data model does. */
class OperatorNamesTest {
    @Test
    void aBinaryOperatorHasItsMethodTheReflectedOneAndTheInPlaceOne() {
        OperatorNames.Binary plus = OperatorNames.binary(TokenType.PLUS);
        assertThat(plus.method()).isEqualTo("__add__");
        assertThat(plus.reflected()).isEqualTo("__radd__");
        assertThat(plus.inPlace()).isEqualTo("__iadd__");
        assertThat(OperatorNames.binary(TokenType.AT).reflected()).isEqualTo("__rmatmul__");
        assertThat(OperatorNames.binary(TokenType.CARET)).as("^ is power in adjoint: not in the table").isNull();
        assertThat(OperatorNames.XOR.inPlace()).isEqualTo("__ixor__");
    }

    @Test
    void aComparisonIsReflectedIntoItsMirror() {
        assertThat(OperatorNames.comparison(TokenType.LESS).reflected()).isEqualTo("__gt__");
        assertThat(OperatorNames.comparison(TokenType.GREATER_EQUAL).reflected()).isEqualTo("__le__");
        assertThat(OperatorNames.comparison(TokenType.EQUAL_EQUAL).reflected()).isEqualTo("__eq__");
        assertThat(OperatorNames.comparison(TokenType.PLUS)).isNull();
    }

    @Test
    void bitwiseOperatorsAreTheAndOrAndShifts() {
        assertThat(OperatorNames.BINARY.stream().filter(OperatorNames.Binary::bitwise).map(OperatorNames.Binary::method))
                .containsExactly("__and__", "__or__", "__lshift__", "__rshift__");
        assertThat(OperatorNames.BINARY).hasSize(12);
        assertThat(OperatorNames.UNARY.stream().map(OperatorNames.Unary::method)).containsExactly("__neg__", "__pos__", "__invert__");
    }
}
