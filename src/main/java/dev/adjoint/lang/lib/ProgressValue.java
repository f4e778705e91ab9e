package dev.adjoint.lang.lib;

import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Printer;
import dev.adjoint.lang.Progress;
import dev.adjoint.lang.Sized;
import java.util.Iterator;

/**
 * progress(loader, "epoch 1") in a for loop: walks the same items and steps a progress display
 * (a bar at the terminal, nothing in a pipe). The display closes when the loop has seen every item.
 */
final class ProgressValue implements HostObject, Sized, Iterable<Object> {
    private final Iterable<?> items;
    private final long total;
    private final String label;
    private final Printer printer;

    ProgressValue(Iterable<?> items, long total, String label, Printer printer) {
        this.items = items;
        this.total = total;
        this.label = label;
        this.printer = printer;
    }

    public String typeName() {
        return "progress";
    }

    public long length() {
        return total;
    }

    public Iterator<Object> iterator() {
        Iterator<?> it = items.iterator();
        Progress bar = printer.progress(label, total);
        return new Iterator<>() {
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more) bar.close();
                return more;
            }

            public Object next() {
                Object item = it.next();
                bar.step();
                return item;
            }
        };
    }

    /** How it shows (echo, str, :vars): what it walks, never a Java class name. */
    @Override
    public String toString() {
        return "<progress" + (label == null || label.isEmpty() ? "" : " '" + label + "'") + " over " + total + " item" + (total == 1 ? "" : "s") + ">";
    }
}
