package dev.adjoint.lang;

import java.util.Collection;

/**
 * A host object whose attributes are its class's {@link AttributeTable}: the lookup, the names
 * and which attributes are None all read the one table.
 */
public interface TabledHostObject extends HostObject {
    /** The table of the object's class (a static constant of the class). */
    AttributeTable<?> attributeTable();

    @Override
    default Object attribute(String name) {
        return attributeTable().get(this, name);
    }

    @Override
    default boolean attributeIsNone(String name) {
        return attributeTable().isNone(this, name);
    }

    @Override
    default Collection<String> attributeNames() {
        return attributeTable().names();
    }
}
