package dev.adjoint.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A host class's attributes in one place: each name with how to read it from a value of the class,
 * in the order {@link HostObject#attributeNames()} lists them. A {@link TabledHostObject} answers
 * the lookup, the list of names and which attributes are None from it, so they cannot disagree.
 * Made once per class:
 *
 * <pre>
 * private static final AttributeTable&lt;Timedelta&gt; ATTRIBUTES = new AttributeTable&lt;Timedelta&gt;()
 *         .value("days", Timedelta::days)
 *         .method("total_seconds", (t, a) -&gt; t.totalSeconds());
 * </pre>
 */
public final class AttributeTable<T> {
    /** A method's body: the value it is bound to and the call's arguments. */
    @FunctionalInterface
    public interface Method<T> {
        Object call(T self, Args a);
    }

    private record Entry<T>(Function<? super T, Object> getter, boolean optional) {}

    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();
    private final Collection<String> names = Collections.unmodifiableCollection(entries.keySet());

    /** An attribute whose value {@code getter} reads; null reads as None. */
    public AttributeTable<T> value(String name, Function<? super T, Object> getter) {
        return add(name, new Entry<>(getter, false));
    }

    /** An attribute some values lack: {@code getter} reads null for those (AttributeError), not None. Listed all the same. */
    public AttributeTable<T> optional(String name, Function<? super T, Object> getter) {
        return add(name, new Entry<>(getter, true));
    }

    /** A method: the attribute is a built-in function named after it, bound to the value. */
    public AttributeTable<T> method(String name, Method<? super T> body) {
        return value(name, self -> Builtin.of(name, a -> body.call(self, a)));
    }

    private AttributeTable<T> add(String name, Entry<T> entry) {
        if (entries.put(name, entry) != null) throw new IllegalStateException("attribute listed twice: " + name);
        return this;
    }

    /**
     * The attribute of {@code self}, a value of the table's class, or null if it has no such
     * attribute (or it is None: see {@link #isNone}).
     */
    public Object get(Object self, String name) {
        Entry<T> entry = entries.get(name);
        return entry == null ? null : entry.getter.apply(cast(self));
    }

    /** Whether {@code self} has the attribute and it is None. */
    public boolean isNone(Object self, String name) {
        Entry<T> entry = entries.get(name);
        return entry != null && !entry.optional && entry.getter.apply(cast(self)) == null;
    }

    /** The names, in the order they were added. */
    public Collection<String> names() {
        return names;
    }

    /** The table is its class's own ({@link TabledHostObject#attributeTable()}), so a value given it is of that class. */
    @SuppressWarnings("unchecked")
    private T cast(Object self) {
        return (T) self;
    }
}
