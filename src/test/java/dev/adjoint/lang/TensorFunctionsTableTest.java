package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's tensor functions are made by families, as lookups need them (linking every lambda of
 * the table cost a short script ~45 ms at its first tensor method), and the table answers as one
 * made at once.
 */
class TensorFunctionsTableTest {
    @Test
    void aScriptsFirstMethodsMakeOnlyTheLastFamilies() {
        BuiltinTable<Builtin.Fn> table = TensorFunctions.newTable();
        assertThat(table.familiesMade()).isZero();
        assertThat(table.get("backward")).isNotNull();
        assertThat(table.familiesMade()).as("backward is in the last family").isEqualTo(1);
        assertThat(table.get("item")).isNotNull();
        assertThat(table.familiesMade()).as("item: information, after it the in-place family").isEqualTo(3);
        assertThat(table.get("exp")).isNotNull();
        assertThat(table.familiesMade()).isEqualTo(7);
    }

    @Test
    void theTableHasEveryNameOnceWithItsFunction() {
        BuiltinTable<Builtin.Fn> lazy = TensorFunctions.newTable();
        Map<String, Builtin.Fn> all = new LinkedHashMap<>(TensorFunctions.newTable()); // every family made, then read in order
        assertThat(all).hasSizeGreaterThan(150).containsKeys("exp", "sum", "view", "new_ones", "item", "add_", "backward", "multinomial");
        for (String name : all.keySet()) assertThat(lazy.get(name)).as(name).isNotNull().hasSameClassAs(all.get(name));
        assertThat(lazy.keySet()).containsExactlyElementsOf(all.keySet());
        assertThat(all.get("swapaxes")).as("an alias is its function").isSameAs(all.get("transpose"));
        assertThat(TensorFunctions.table().keySet()).containsExactlyElementsOf(all.keySet());
    }

    @Test
    void aMethodIsOneObjectSoBoundMethodsCompareEqual() {
        assertThat(TensorMethods.get("sum")).isNotNull().isSameAs(TensorMethods.get("sum"));
        assertThat(TensorMethods.get("numpy")).isNotNull();
        assertThat(TensorMethods.get("__add__")).isNotNull();
        assertThat(TensorMethods.get("no_such_method")).isNull();
        assertThat(TensorMethods.names()).contains("sum", "backward", "numpy").doesNotContain("__add__");
        assertThat(TensorMethods.dirNames()).contains("sum", "__add__", "grad");
    }
}
