package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deferred family of builtins is made once, at the first read of one of its names, and reads as if made at once. */
class BuiltinTableTest {
    @Test
    void aDeferredFamilyIsMadeAtTheFirstReadOfOneOfItsNamesOnly() {
        List<String> made = new ArrayList<>();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("a", 1);
        BuiltinTable.defer(t, List.of("b", "c"), m -> {
            made.add("bc");
            m.put("b", 2);
            m.put("c", 3);
        });
        t.put("c", 4); // a later entry takes the name over, as a later put does
        BuiltinTable table = new BuiltinTable(t);
        assertThat(table.keySet()).containsExactly("a", "b", "c");
        assertThat(table.containsKey("b")).isTrue();
        assertThat(table.get("a")).isEqualTo(1);
        assertThat(made).isEmpty();
        assertThat(table.get("b")).isEqualTo(2);
        assertThat(table.get("c")).isEqualTo(4);
        assertThat(table.getOrDefault("b", 0)).isEqualTo(2);
        assertThat(table).isEqualTo(Map.of("a", 1, "b", 2, "c", 4));
        assertThat(made).containsExactly("bc");
    }

    @Test
    void aFamilyThatRegistersOtherNamesThanItSaidIsAnInternalError() {
        Map<String, Object> t = new LinkedHashMap<>();
        BuiltinTable.defer(t, List.of("b"), m -> m.put("x", 1));
        assertThatThrownBy(() -> new BuiltinTable(t).get("b")).isInstanceOf(IllegalStateException.class).hasMessageContaining("[x]");
    }

    /** The session's table: needle's names deferred, with the values their registration makes. */
    @Test
    void theLibrarysNamesAreTheOnesItRegisters() {
        Map<String, Object> registered = new LinkedHashMap<>();
        dev.adjoint.lang.lib.Library.register(registered);
        assertThat(registered.keySet()).containsExactlyElementsOf(dev.adjoint.lang.lib.Library.NAMES);
        for (String name : dev.adjoint.lang.lib.Library.NAMES)
            assertThat(Builtins.table().get(name)).as(name).isNotNull().hasSameClassAs(registered.get(name));
    }
}
