package dev.adjoint.lang;

import java.util.Iterator;

/**
 * A Python iterator made by iter(), zip(), map(), filter(), enumerate(), reversed() or a generator
 * expression: walked once, lazily, item by item (a generator expression runs its body as items are asked for).
 */
public final class PyIterator implements Iterator<Object> {
    private final String typeName;
    private final Iterator<Object> items;
    private final PyClass pyClass;
    /** Its repr when it has one of its own (itertools.count(0) prints count(0)); null for <NAME object at 0x...>. */
    private java.util.function.Supplier<String> text;

    public PyIterator(String typeName, Iterator<Object> items) {
        this(typeName, items, null);
    }

    /** An iterator whose type is a class of a module (itertools.chain): type() and isinstance see that class. */
    PyIterator(PyClass pyClass, Iterator<Object> items) {
        this(pyClass.module() + "." + pyClass.name(), items, pyClass);
    }

    private PyIterator(String typeName, Iterator<Object> items, PyClass pyClass) {
        this.typeName = typeName;
        this.items = items;
        this.pyClass = pyClass;
    }

    /** A generator a library function returns (Module.parameters()): type generator, walked once, shown as {@code <generator object NAME at 0x...>}. */
    public static PyIterator generator(String qualifiedName, Iterator<?> items) {
        @SuppressWarnings("unchecked")
        PyIterator g = new PyIterator("generator", (Iterator<Object>) items);
        return g.describedBy(() -> "<generator object " + qualifiedName + " at " + Values.address(g) + ">");
    }

    public String typeName() {
        return typeName;
    }

    /** Gives it a repr of its own, as CPython's count and repeat have. */
    PyIterator describedBy(java.util.function.Supplier<String> text) {
        this.text = text;
        return this;
    }

    /** Its class, or null for one named after {@link #typeName()}. */
    PyClass pyClass() {
        return pyClass;
    }

    /** A generator expression's close() or throw(): it yields nothing more. */
    private boolean closed;
    /** Whether an item has been asked for (a generator expression sent a value before that is CPython's TypeError). */
    private boolean started;

    void close() {
        closed = true;
    }

    boolean started() {
        return started;
    }

    @Override
    public boolean hasNext() {
        started = true;
        return !closed && items.hasNext();
    }

    @Override
    public Object next() {
        started = true;
        if (closed) throw new java.util.NoSuchElementException();
        return items.next();
    }

    @Override
    public String toString() {
        if (text != null) return text.get();
        return typeName.equals("generator") ? "<generator object <genexpr> at " + Values.address(this) + ">"
                : "<" + typeName + " object at " + Values.address(this) + ">";
    }
}
