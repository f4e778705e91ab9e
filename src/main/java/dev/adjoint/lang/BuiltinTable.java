package dev.adjoint.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The table of builtins (read-only), where a family of entries may be made late: its names are in
 * the table from the start, its values are made, all together, at the first read of any of them.
 * A family's functions are lambdas, and linking each (one invokedynamic call site, run at its first
 * evaluation even when the class comes from the class-data archive) is most of a session's start;
 * a family few sessions use (needle's nn, optim, data) then costs only the sessions that use it.
 */
final class BuiltinTable extends AbstractMap<String, Object> {
    /** Name to value, or to the {@link Family} that makes it; never changed after construction. */
    private final Map<String, Object> entries;

    BuiltinTable(Map<String, Object> entries) {
        this.entries = new LinkedHashMap<>(entries);
    }

    /** Puts {@code names} in the table, to be made by {@code register} at the first read of one of them. */
    static void defer(Map<String, Object> table, List<String> names, Consumer<Map<String, Object>> register) {
        Family family = new Family(names, register);
        for (String name : names) table.put(name, family);
    }

    @Override
    public Object get(Object name) {
        Object v = entries.get(name);
        return v instanceof Family f ? f.value((String) name) : v;
    }

    @Override
    public boolean containsKey(Object name) {
        return entries.containsKey(name);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** Every entry with its value (so iterating makes every family). */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<String> names = entries.keySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return names.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        String name = names.next();
                        return new SimpleImmutableEntry<>(name, get(name));
                    }
                };
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** Names whose values one registration makes; made once, by whichever thread reads first. */
    private static final class Family {
        private final List<String> names;
        private final Consumer<Map<String, Object>> register;
        private volatile Map<String, Object> made;

        Family(List<String> names, Consumer<Map<String, Object>> register) {
            this.names = List.copyOf(names);
            this.register = register;
        }

        Object value(String name) {
            Map<String, Object> m = made;
            return (m != null ? m : make()).get(name);
        }

        private synchronized Map<String, Object> make() {
            if (made == null) {
                Map<String, Object> m = new LinkedHashMap<>();
                register.accept(m);
                // the names given in advance must be the ones registered, or a lookup would miss
                if (!new ArrayList<>(m.keySet()).equals(names))
                    throw new IllegalStateException("a deferred family of builtins registered " + m.keySet() + ", not " + names);
                made = m;
            }
            return made;
        }
    }
}
