package dev.adjoint.lang;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over a source that says it is done only when asked for the next item (returning {@link #END}). */
abstract class Lookahead implements Iterator<Object> {
    static final Object END = new Object();
    private Object next;
    private boolean fetched;

    /** The next item, or END. */
    abstract Object fetch();

    @Override
    public boolean hasNext() {
        if (!fetched) {
            next = fetch();
            fetched = true;
        }
        return next != END;
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        fetched = false;
        return next;
    }
}
