package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Families made late answer every lookup as one map registered in order would, and are made only when needed. */
class BuiltinTableTest {
    private final List<String> made = new ArrayList<>();

    private Consumer<Map<String, Object>> family(String label, Object... namesAndValues) {
        return m -> {
            made.add(label);
            for (int i = 0; i < namesAndValues.length; i += 2) m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        };
    }

    @Test
    void familiesAreMadeOnlyWhenALookupNeedsThem() {
        BuiltinTable<Object> table = new BuiltinTable<>(List.of(
                BuiltinTable.Family.later(family("math", "sin", 1, "sum", 2)),
                BuiltinTable.Family.named(List.of("nn", "data"), family("library", "nn", 3, "data", 4)),
                BuiltinTable.Family.now(family("python", "print", 5, "sum", 6))));
        assertThat(made).containsExactly("python");
        assertThat(table.get("print")).isEqualTo(5);
        assertThat(table.get("sum")).as("a later family takes the name over").isEqualTo(6);
        assertThat(made).containsExactly("python");
        assertThat(table.get("sin")).isEqualTo(1);
        assertThat(made).containsExactly("python", "math");
        assertThat(table.get("nosuch")).isNull();
        assertThat(made).as("a miss needs no family with known names").containsExactly("python", "math");
        assertThat(table.get("data")).isEqualTo(4);
        assertThat(table.getOrDefault("nosuch", 0)).isEqualTo(0);
        assertThat(made).containsExactly("python", "math", "library");
    }

    /** The same names, order and values as registering every family into one map, in order. */
    @Test
    void theTableIsWhatOneRegistrationInOrderGives() {
        Map<String, Object> one = new LinkedHashMap<>();
        family("a", "x", 1, "y", 2).accept(one);
        family("b", "z", 3).accept(one);
        family("c", "y", 4, "w", 5, "x", 6).accept(one);
        BuiltinTable<Object> table = new BuiltinTable<>(List.of(
                BuiltinTable.Family.later(family("a", "x", 1, "y", 2)),
                BuiltinTable.Family.named(List.of("z"), family("b", "z", 3)),
                BuiltinTable.Family.now(family("c", "y", 4, "w", 5, "x", 6))));
        assertThat(table.keySet()).containsExactlyElementsOf(one.keySet());
        assertThat(table).isEqualTo(one);
        assertThat(table.containsKey("z")).isTrue();
    }

    @Test
    void aFamilyThatRegistersOtherNamesThanItSaidIsAnInternalError() {
        BuiltinTable<Object> table = new BuiltinTable<>(List.of(BuiltinTable.Family.named(List.of("b"), m -> m.put("x", 1))));
        assertThatThrownBy(() -> table.get("b")).isInstanceOf(IllegalStateException.class).hasMessageContaining("[x]");
    }

    /** The session's table has the names, in the order, and the kinds of value of one registration of its families. */
    @Test
    void theSessionsTableIsWhatOneRegistrationGives() {
        Map<String, Object> one = new LinkedHashMap<>();
        MathBuiltins.register(one);
        TensorBuiltins.register(one);
        CoreBuiltins.register(one);
        dev.adjoint.lang.lib.Library.register(one);
        PyBuiltins.register(one);
        SiteBuiltins.register(one);
        assertThat(Builtins.table().keySet()).containsExactlyElementsOf(one.keySet());
        for (Map.Entry<String, Object> e : one.entrySet())
            assertThat(Builtins.table().get(e.getKey())).as(e.getKey()).hasSameClassAs(e.getValue());
    }

    /** The session's table: needle's names are the ones its registration puts, and read as it makes them. */
    @Test
    void theLibrarysNamesAreTheOnesItRegisters() {
        Map<String, Object> registered = new LinkedHashMap<>();
        dev.adjoint.lang.lib.Library.register(registered);
        assertThat(registered.keySet()).containsExactlyElementsOf(dev.adjoint.lang.lib.Library.NAMES);
        for (String name : dev.adjoint.lang.lib.Library.NAMES)
            assertThat(Builtins.table().get(name)).as(name).isNotNull().hasSameClassAs(registered.get(name));
    }
}
