package dev.adjoint.lang;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;

/**
 * A CPython "struct sequence" such as sys.version_info or sys.float_info: a tuple whose items
 * also have names, printed as {@code sys.float_info(max=1.7976931348623157e+308, ...)}.
 */
final class StructSequence extends AbstractList<Object> implements HostObject {
    private final String name;
    private final List<String> fields;
    private final List<Object> values;

    /** {@code name} as it prints ("sys.version_info"); its type is the part after the last dot. */
    StructSequence(String name, List<String> fields, List<Object> values) {
        this.name = name;
        this.fields = fields;
        this.values = values;
    }

    @Override
    public Object get(int i) {
        return values.get(i);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public String typeName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public Object attribute(String field) {
        int i = fields.indexOf(field);
        return i < 0 ? null : values.get(i);
    }

    @Override
    public Collection<String> attributeNames() {
        return fields;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.size(); i++) sb.append(i > 0 ? ", " : "").append(fields.get(i)).append('=').append(Repr.repr(values.get(i)));
        return sb.append(')').toString();
    }
}
