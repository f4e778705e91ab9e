package dev.adjoint.session;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyInstance;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names for the trainable leaves that live inside objects bound to variables: the weights of
 * {@code m = nn.Sequential(...)} are {@code m[0].weight}, those of a student's
 * {@code class Net(nn.Module)} {@code net.fc1.bias}, the path one would type to reach them. A
 * trace of a loss then says which parameter each input row is rather than "input".
 *
 * <p>Breadth first from the variables, in the order they were bound, so each tensor gets its
 * shortest path; at most {@link #MAX_PLACES} places are looked at, so a session holding a large
 * data structure (a list of a million numbers in an object) costs a trace little.
 */
final class ParameterNames {
    private static final int MAX_PLACES = 10_000;
    private static final String HIDDEN = "_adjoint"; // the library's own bookkeeping attributes

    private ParameterNames() {}

    private record Place(Object value, String path) {}

    /** Each trainable leaf (a leaf that requires grad) reachable from an object in {@code bindings}, by its path. */
    static Map<Tensor, String> of(Map<String, Object> bindings) {
        Map<Tensor, String> names = new IdentityHashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Place> queue = new ArrayDeque<>();
        for (Map.Entry<String, Object> e : bindings.entrySet())
            if (e.getValue() instanceof PyInstance) queue.add(new Place(e.getValue(), e.getKey()));
        int places = queue.size();
        while (!queue.isEmpty()) {
            Place p = queue.poll();
            Object v = p.value();
            if (v instanceof Tensor t) {
                if (t.isLeaf() && t.requiresGrad()) names.putIfAbsent(t, p.path());
                continue;
            }
            if (v == null || !seen.add(v)) continue;
            if (v instanceof PyInstance i) {
                for (Map.Entry<String, Object> a : i.attributes().entrySet())
                    if (!a.getKey().startsWith(HIDDEN) && places++ < MAX_PLACES) queue.add(new Place(a.getValue(), p.path() + member(a.getKey())));
            } else if (v instanceof List<?> items) {
                for (int k = 0; k < items.size() && places++ < MAX_PLACES; k++) queue.add(new Place(items.get(k), p.path() + "[" + k + "]"));
            } else if (v instanceof PyDict d) {
                for (Object k : d) {
                    if (places++ >= MAX_PLACES) break;
                    if (k instanceof String s) queue.add(new Place(d.get(k), p.path() + "['" + s + "']"));
                }
            }
        }
        return names;
    }

    /** ".weight", or "[0]" for a numbered child (Sequential's and ModuleList's layers are reached by index). */
    private static String member(String attribute) {
        return attribute.chars().allMatch(Character::isDigit) ? "[" + attribute + "]" : "." + attribute;
    }
}
