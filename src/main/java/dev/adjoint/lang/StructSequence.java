package dev.adjoint.lang;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A CPython "struct sequence" such as sys.version_info, sys.float_info or time.struct_time: a
 * tuple whose items also have names, printed as {@code sys.float_info(max=1.7976931348623157e+308, ...)}.
 * Fields past its length (struct_time's tm_zone and tm_gmtoff) are attributes only, as CPython's
 * n_sequence_fields of n_fields are the tuple.
 */
final class StructSequence extends AbstractList<Object> implements HostObject {
    private final String name;
    private final List<String> fields;
    private final List<Object> values;
    private final int length;
    private final PyClass type;

    /** {@code name} as it prints ("sys.version_info"); its type is the part after the last dot. */
    StructSequence(String name, List<String> fields, List<Object> values) {
        this(name, fields, values, values.size(), null);
    }

    /** One of class {@code type} whose first {@code length} of {@code values} (one per field, None as null) are its items. */
    StructSequence(String name, List<String> fields, List<Object> values, int length, PyClass type) {
        this.name = name;
        this.fields = fields;
        this.values = values;
        this.length = length;
        this.type = type;
    }

    @Override
    public Object get(int i) {
        if (i < 0 || i >= length) throw new IndexOutOfBoundsException(i);
        return values.get(i);
    }

    @Override
    public int size() {
        return length;
    }

    @Override
    public String typeName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public PyClass pyClass() {
        return type;
    }

    @Override
    public Object attribute(String field) {
        int i = fields.indexOf(field);
        if (i >= 0) return values.get(i);
        return switch (field) {
            case "n_fields" -> (long) fields.size();
            case "n_sequence_fields" -> (long) length;
            case "n_unnamed_fields" -> 0L;
            default -> null;
        };
    }

    @Override
    public boolean attributeIsNone(String field) {
        int i = fields.indexOf(field);
        return i >= 0 && values.get(i) == null;
    }

    @Override
    public boolean setAttribute(String field, Object value) {
        if (fields.contains(field)) throw PyError.attribute("readonly attribute");
        return false;
    }

    @Override
    public Collection<String> attributeNames() {
        List<String> names = new ArrayList<>(fields);
        names.addAll(List.of("n_fields", "n_sequence_fields", "n_unnamed_fields"));
        return names;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < length; i++) sb.append(i > 0 ? ", " : "").append(fields.get(i)).append('=').append(Repr.repr(values.get(i)));
        return sb.append(')').toString();
    }
}
