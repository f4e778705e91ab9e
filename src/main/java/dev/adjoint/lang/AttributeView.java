package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A live view of those attributes of an object that one test accepts, shown as a
 * collections.OrderedDict: PyTorch's {@code Module._modules}, through which fine-tuning code and
 * older tutorials replace ({@code m._modules["fc"] = nn.Identity()}) or remove layers. Reads show the
 * object as it is now; writes set or delete the object's attribute, which the object records for undo.
 */
public final class AttributeView extends InstanceDict {
    private final Predicate<Object> kind;

    private AttributeView(PyInstance owner, Predicate<Object> kind) {
        super(owner);
        this.kind = kind;
    }

    /** The attributes of {@code owner} whose values {@code kind} accepts, in the order they were set. */
    public static PyDict of(PyInstance owner, Predicate<Object> kind) {
        return new AttributeView(owner, kind);
    }

    @Override
    public PyClass pyClass() {
        return CollectionsModule.ORDERED_DICT;
    }

    @Override
    Map<String, Object> names() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : owner.attributes().entrySet()) if (kind.test(e.getValue())) out.put(e.getKey(), e.getValue());
        return out;
    }

    @Override
    List<Object> reprArguments() {
        return CollectionsModule.pairsArgument(this);
    }
}
