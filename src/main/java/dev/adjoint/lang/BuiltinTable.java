package dev.adjoint.lang;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The table of builtins (read-only), put together from families of entries, each a registration
 * ({@code register(map)}); as when they all register into one map, a later family's entry takes a
 * name over and the names keep the order of their first registration. A family may be made late:
 * its functions are lambdas, and linking each (an invokedynamic call site, linked at its first run
 * even when its class comes from the class-data archive) is most of a session's start. A family
 * made {@link Family#later} is made when a name is looked up that no later family has (the math
 * functions, which Python's names never need); one {@link Family#named} when one of its names is
 * (needle's nn, optim, data). A session pays for the families it uses. The table of builtins is
 * one; PyTorch's tensor functions ({@link TensorFunctions}) another.
 */
final class BuiltinTable<V> extends AbstractMap<String, V> {
    private final List<Family<V>> families;
    /** All the entries, in order, once every family without known names is made (then one lookup answers). */
    private volatile Map<String, Object> merged;

    BuiltinTable(List<Family<V>> families) {
        this.families = List.copyOf(families);
    }

    /** A registration and, if known before it runs, the names it registers. */
    static final class Family<V> {
        private final Set<String> names; // null: known only once made
        private final Consumer<Map<String, V>> register;
        private volatile Map<String, V> made;

        private Family(Set<String> names, Consumer<Map<String, V>> register) {
            this.names = names;
            this.register = register;
        }

        /** Made at once. */
        static <V> Family<V> now(Consumer<Map<String, V>> register) {
            Family<V> f = new Family<>(null, register);
            f.made();
            return f;
        }

        /** Made at the first lookup of a name that no later family registers. */
        static <V> Family<V> later(Consumer<Map<String, V>> register) {
            return new Family<>(null, register);
        }

        /** Made at the first lookup of one of {@code names}, which must be the names it registers, in order. */
        static <V> Family<V> named(List<String> names, Consumer<Map<String, V>> register) {
            return new Family<>(Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names)), register);
        }

        boolean mayHave(Object name) {
            return names == null || names.contains(name);
        }

        boolean isMade() {
            return made != null;
        }

        Map<String, V> made() {
            Map<String, V> m = made;
            return m != null ? m : make();
        }

        private synchronized Map<String, V> make() {
            if (made == null) {
                Map<String, V> m = new LinkedHashMap<>();
                register.accept(m);
                // names given in advance must be the ones registered, or a lookup would miss
                if (names != null && !List.copyOf(m.keySet()).equals(List.copyOf(names)))
                    throw new IllegalStateException("a family of builtins registered " + m.keySet() + ", not " + names);
                made = Collections.unmodifiableMap(m);
            }
            return made;
        }
    }

    @Override
    @SuppressWarnings("unchecked") // merged holds a V, or the Family<V> that makes it
    public V get(Object name) {
        Map<String, Object> all = merged;
        if (all != null) {
            Object v = all.get(name);
            return v instanceof Family<?> f ? ((Family<V>) f).made().get(name) : (V) v;
        }
        V v = null;
        for (int i = families.size() - 1; i >= 0; i--) { // the last family that has the name
            Family<V> f = families.get(i);
            if (!f.mayHave(name)) continue;
            Map<String, V> m = f.made();
            if (m.containsKey(name)) {
                v = m.get(name);
                break;
            }
        }
        mergeIfAllKnown(); // the lookup may have made the last family without known names
        return v;
    }

    /** How many of the families are made (a measure of what the lookups so far cost). */
    int familiesMade() {
        int n = 0;
        for (Family<V> f : families) if (f.isMade()) n++;
        return n;
    }

    @Override
    public boolean containsKey(Object name) {
        return entries().containsKey(name);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(entries().keySet());
    }

    @Override
    public int size() {
        return entries().size();
    }

    /** Every entry with its value (so iterating makes every family). */
    @Override
    public Set<Entry<String, V>> entrySet() {
        Map<String, V> values = new LinkedHashMap<>();
        for (String name : entries().keySet()) values.put(name, get(name));
        return Collections.unmodifiableMap(values).entrySet();
    }

    /** Name to value, or to the family with known names that makes it. */
    private Map<String, Object> entries() {
        Map<String, Object> all = merged;
        if (all != null) return all;
        for (Family<V> f : families) if (f.names == null) f.made();
        return mergeIfAllKnown();
    }

    /** Once every family without known names is made: all entries, as one map registration would give them. */
    private Map<String, Object> mergeIfAllKnown() {
        for (Family<V> f : families) if (f.names == null && !f.isMade()) return null;
        Map<String, Object> all = new LinkedHashMap<>();
        for (Family<V> f : families) {
            if (f.isMade()) all.putAll(f.made());
            else for (String name : f.names) all.put(name, f);
        }
        merged = all;
        return all;
    }
}
