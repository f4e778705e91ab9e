package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The items of a subscript {@code x[key]}: a tuple's items, or the key itself ({@code None}
 * included, which adds an axis), each read by the indexed type's own rule (a tensor's or a NumPy
 * array's).
 */
public final class SubscriptKey {
    private SubscriptKey() {}

    public static List<Object> items(Object key, Function<Object, Object> item) {
        List<?> parts = key instanceof List<?> l && !(key instanceof PyList) ? l : Collections.singletonList(key);
        List<Object> out = new ArrayList<>(parts.size());
        for (Object part : parts) out.add(item.apply(part));
        return out;
    }
}
