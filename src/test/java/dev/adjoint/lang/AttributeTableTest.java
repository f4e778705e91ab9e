package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One table answers the lookup, the list of names and which attributes are None, for every value of its class. */
class AttributeTableTest {
    /** A host value with a field that may be None and one that some points lack. */
    private record Point(long x, Object label, Object colour) implements TabledHostObject {
        private static final AttributeTable<Point> TABLE = new AttributeTable<Point>()
                .value("x", Point::x)
                .value("label", Point::label)
                .optional("colour", Point::colour)
                .method("shifted", (p, a) -> p.x + (Long) a.get(0));

        @Override
        public String typeName() {
            return "Point";
        }

        @Override
        public AttributeTable<Point> attributeTable() {
            return TABLE;
        }
    }

    private static final AttributeTable<Point> TABLE = Point.TABLE;

    @Test
    void namesComeInTheOrderTheyWereAdded() {
        assertThat(TABLE.names()).containsExactly("x", "label", "colour", "shifted");
        assertThatThrownBy(() -> TABLE.names().add("y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesAreReadFromTheValueAsked() {
        assertThat(TABLE.get(new Point(2, "a", null), "x")).isEqualTo(2L);
        assertThat(TABLE.get(new Point(5, "a", null), "x")).isEqualTo(5L);
        assertThat(TABLE.get(new Point(2, "a", null), "nosuch")).isNull();
    }

    @Test
    void anAttributeThatReadsNullIsNoneAndAMissingOneIsNot() {
        Point unlabelled = new Point(1, null, null);
        assertThat(TABLE.get(unlabelled, "label")).isNull();
        assertThat(TABLE.isNone(unlabelled, "label")).isTrue();
        assertThat(TABLE.isNone(new Point(1, "a", null), "label")).isFalse();
        assertThat(TABLE.isNone(unlabelled, "nosuch")).as("no such attribute: not None").isFalse();
        assertThat(TABLE.isNone(unlabelled, "colour")).as("an optional attribute that reads null is missing, not None").isFalse();
        assertThat(TABLE.isNone(new Point(1, null, "red"), "colour")).isFalse();
    }

    @Test
    void aTabledHostObjectAnswersFromItsTable() {
        Point p = new Point(4, null, "red");
        assertThat(p.attribute("x")).isEqualTo(4L);
        assertThat(p.attribute("colour")).isEqualTo("red");
        assertThat(p.attributeIsNone("label")).isTrue();
        assertThat(p.attributeIsNone("x")).isFalse();
        assertThat(p.attributeNames()).containsExactly("x", "label", "colour", "shifted");
    }

    @Test
    void aMethodIsABuiltinNamedAfterItAndBoundToTheValue() {
        Object method = TABLE.get(new Point(3, "a", null), "shifted");
        assertThat(method).isInstanceOf(Builtin.class);
        Builtin shifted = (Builtin) method;
        assertThat(shifted.name()).isEqualTo("shifted");
        Args args = new Args("shifted", new ArrayList<>(List.of(4L)), new LinkedHashMap<>(), null, null);
        assertThat(shifted.fn().apply(args)).isEqualTo(7L);
    }

    @Test
    void aNameListedTwiceIsRefused() {
        AttributeTable<Point> table = new AttributeTable<Point>().value("x", Point::x);
        assertThatThrownBy(() -> table.optional("x", Point::label)).isInstanceOf(IllegalStateException.class).hasMessageContaining("x");
    }
}
