package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call's locals behave as the LinkedHashMap they replace: binding order, rebinding in place, removal, growth. */
class LocalTableTest {
    @Test
    void keepsTheOrderNamesWereFirstBoundIn() {
        LocalTable t = new LocalTable(1);
        t.put("b", 1L);
        t.put("a", 2L);
        t.put("c", 3L);
        t.put("b", 4L); // rebinding keeps its place
        assertThat(t).containsExactly(Map.entry("b", 4L), Map.entry("a", 2L), Map.entry("c", 3L));
        assertThat(t).isEqualTo(new LinkedHashMap<>(Map.of("a", 2L, "b", 4L, "c", 3L)));
    }

    @Test
    void findsANameMadeAtRunTimeByEquality() {
        LocalTable t = new LocalTable(2);
        t.put("total", 1L);
        String built = new StringBuilder("tot").append("al").toString();
        assertThat(built).isNotSameAs("total");
        assertThat(t.containsKey(built)).isTrue();
        assertThat(t.getOrDefault(built, "none")).isEqualTo(1L);
        assertThat(t.getOrDefault("missing", "none")).isEqualTo("none");
        assertThat(t.get(null)).isNull();
    }

    @Test
    void removesAndClearsAndGrows() {
        LocalTable t = new LocalTable(0);
        for (int i = 0; i < 40; i++) t.put("v" + i, (long) i);
        assertThat(t).hasSize(40);
        assertThat(t.remove("v3")).isEqualTo(3L);
        assertThat(t.remove("v3")).isNull();
        assertThat(t.keySet()).startsWith("v0", "v1", "v2", "v4");
        Iterator<Map.Entry<String, Object>> it = t.entrySet().iterator();
        while (it.hasNext()) if ((Long) it.next().getValue() % 2 == 0) it.remove();
        assertThat(t.keySet()).startsWith("v1", "v5", "v7").hasSize(19);
        t.entrySet().iterator().next().setValue("x");
        assertThat(t.get("v1")).isEqualTo("x");
        t.clear();
        assertThat(t).isEmpty();
        t.put("again", null);
        assertThat(t.containsKey("again")).isTrue();
        assertThat(t.getOrDefault("again", "none")).isNull();
    }
}
