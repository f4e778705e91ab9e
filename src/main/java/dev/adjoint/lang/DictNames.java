package dev.adjoint.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A program's dict seen as a scope's names: exec(src, d) binds into d itself and a function the
 * code defines reads d as it is when called, as CPython's. Keys that are not str are no names.
 */
final class DictNames extends AbstractMap<String, Object> {
    private final PyDict dict;

    DictNames(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public Object get(Object key) {
        return dict.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return dict.containsKey(key);
    }

    @Override
    public Object getOrDefault(Object key, Object absent) {
        return dict.containsKey(key) ? dict.get(key) : absent; // None is null: only containsKey tells it from absent
    }

    @Override
    public Object put(String key, Object value) {
        Object before = dict.get(key);
        dict.put(key, value);
        return before;
    }

    @Override
    public Object remove(Object key) {
        PyDict.Entry gone = dict.remove(key);
        return gone == null ? null : gone.value();
    }

    @Override
    public void clear() {
        dict.clear();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return dict.entries().stream().filter(e -> e.key() instanceof String)
                        .map(e -> (Entry<String, Object>) new SimpleEntry<>((String) e.key(), e.value())).iterator();
            }

            @Override
            public int size() {
                return (int) dict.entries().stream().filter(e -> e.key() instanceof String).count();
            }
        };
    }
}
