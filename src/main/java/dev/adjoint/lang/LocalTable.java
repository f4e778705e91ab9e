package dev.adjoint.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The names of one function call and their values, in the order they were bound (locals() shows
 * that order, as LinkedHashMap did): two arrays searched from the start. A call binds a few names
 * (its parameters, a handful of locals), and a name is the lexer's interned string, so a search
 * is a few identity tests where a LinkedHashMap made a table and an entry per name at every call
 * (a recursive {@code fib} spent a fifth of its time there).
 */
final class LocalTable extends AbstractMap<String, Object> {
    private Object[] keys;
    private Object[] values;
    private int size;

    LocalTable(int capacity) {
        keys = new Object[Math.max(capacity, 2)];
        values = new Object[keys.length];
    }

    /** Where {@code key} is, or -1: the same (interned) string, else an equal one (a name made at run time); a String keeps its hash. */
    private int indexOf(Object key) {
        if (key == null) return -1;
        Object[] ks = keys;
        int hash = key.hashCode();
        for (int i = 0, n = size; i < n; i++) {
            Object k = ks[i];
            if (k == key || k.hashCode() == hash && k.equals(key)) return i;
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object getOrDefault(Object key, Object otherwise) {
        int i = indexOf(key);
        return i < 0 ? otherwise : values[i];
    }

    @Override
    public Object put(String key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : removeAt(i);
    }

    private Object removeAt(int i) {
        Object old = values[i];
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next, last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) throw new NoSuchElementException();
                        last = next++;
                        return new Entry(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) throw new IllegalStateException();
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }
        };
    }

    /** One binding as an entry: its value read and written through the table. */
    private final class Entry implements Map.Entry<String, Object> {
        private final String key;

        Entry(int at) {
            key = (String) keys[at];
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Object getValue() {
            return LocalTable.this.get(key);
        }

        @Override
        public Object setValue(Object value) {
            return put(key, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ java.util.Objects.hashCode(getValue());
        }
    }
}
