package dev.adjoint.lang;

import java.util.Iterator;

/**
 * A Python iterator made by iter(), zip(), map(), filter(), enumerate(), reversed() or a generator
 * expression: walked once, lazily, item by item (a generator expression runs its body as items are asked for).
 */
public final class PyIterator implements Iterator<Object> {
    private final String typeName;
    private final Iterator<Object> items;

    public PyIterator(String typeName, Iterator<Object> items) {
        this.typeName = typeName;
        this.items = items;
    }

    public String typeName() {
        return typeName;
    }

    @Override
    public boolean hasNext() {
        return items.hasNext();
    }

    @Override
    public Object next() {
        return items.next();
    }

    @Override
    public String toString() {
        return typeName.equals("generator") ? "<generator object <genexpr> at " + Values.address(this) + ">"
                : "<" + typeName + " object at " + Values.address(this) + ">";
    }
}
