package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A live view of those attributes of an object that one test accepts, shown as a
 * collections.OrderedDict: PyTorch's {@code Module._modules} (and _parameters, _buffers), through which fine-tuning code and
 * older tutorials replace ({@code m._modules["fc"] = nn.Identity()}) or remove layers. Reads show the
 * object as it is now; writes set or delete the object's attribute, which the object records for undo.
 */
public final class AttributeView extends InstanceDict {
    private final BiPredicate<String, Object> kind;
    private final BiConsumer<String, Object> write;

    private AttributeView(PyInstance owner, BiPredicate<String, Object> kind, BiConsumer<String, Object> write) {
        super(owner);
        this.kind = kind;
        this.write = write;
    }

    /** The attributes of {@code owner} whose values {@code kind} accepts, in the order they were set. */
    public static PyDict of(PyInstance owner, Predicate<Object> kind) {
        return new AttributeView(owner, (name, value) -> kind.test(value), owner::setOwn);
    }

    /**
     * The attributes of {@code owner} whose names and values {@code kind} accepts; a write goes
     * through {@code write} (Module._buffers registers the name as a buffer), a deletion removes the attribute.
     */
    public static PyDict of(PyInstance owner, BiPredicate<String, Object> kind, BiConsumer<String, Object> write) {
        return new AttributeView(owner, kind, write);
    }

    @Override
    public PyClass pyClass() {
        return CollectionsModule.ORDERED_DICT;
    }

    @Override
    Map<String, Object> names() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : owner.attributes().entrySet()) if (kind.test(e.getKey(), e.getValue())) out.put(e.getKey(), e.getValue());
        return out;
    }

    @Override
    void set(String name, Object value) {
        write.accept(name, value);
    }

    @Override
    List<Object> reprArguments() {
        return CollectionsModule.pairsArgument(this);
    }
}
