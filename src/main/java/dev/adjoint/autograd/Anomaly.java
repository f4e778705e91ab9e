package dev.adjoint.autograd;

import dev.adjoint.scope.Scope;
import dev.adjoint.ndarray.NDArray;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Anomaly detection, like {@code torch.autograd.detect_anomaly}: while a {@link Recorder} is
 * enabled on a thread, every op result remembers the statement that created it, and the first
 * node whose value becomes NaN or infinite from finite inputs, or whose backward rule turns a
 * finite adjoint into a non-finite gradient, is kept as a {@link Fault} for the session to report.
 * Off (no recorder on any thread), the cost is one read of a shared count per op.
 */
public final class Anomaly {
    private static final ThreadLocal<Recorder> CURRENT = new ThreadLocal<>();
    /** Scopes of {@link #enable} open on any thread: while none is, no thread has a recorder (a thread-local read per op cost a scalar graph ~4 ns a node). */
    private static final AtomicInteger OPEN = new AtomicInteger();

    /** PyTorch's anomaly mode (torch.autograd.set_detect_anomaly): backward passes check every node's gradients for NaN. */
    private static volatile boolean nanChecks;

    private Anomaly() {}

    public static boolean checksNan() {
        return nanChecks;
    }

    public static void checkNan(boolean on) {
        nanChecks = on;
    }

    /**
     * The first fault: {@code node} (with its op and inputs, which a constant result no longer
     * holds) produced a non-finite value, or, when {@code input >= 0}, its backward rule produced a
     * non-finite gradient for that input during a backward pass from {@code root}. {@code origin}
     * is the statement that created the node (whatever the interpreter passed to {@link Recorder#at});
     * {@code value} the non-finite value or gradient.
     */
    public record Fault(Tensor node, Op op, Tensor[] inputs, int input, Tensor root, Object origin, NDArray value) {
        public boolean inGradient() {
            return input >= 0;
        }
    }

    /** One session's anomaly state: where each node was created, and the first fault not yet reported. */
    public static final class Recorder {
        private final Map<Tensor, Object> origins = new WeakHashMap<>(); // Tensor has identity equality
        private Object context;
        private Fault first;
        private int paused;

        /** The statement running now; nodes created from here on remember it. */
        public void at(Object context) {
            this.context = context;
        }

        public Object context() {
            return context;
        }

        /** The statement that created a node while anomaly mode was on, or null. */
        public Object origin(Tensor t) {
            return origins.get(t);
        }

        /** The first fault since the last call, or null; clears it. */
        public Fault take() {
            Fault f = first;
            first = null;
            return f;
        }

        void created(Tensor t, Op op, Tensor[] inputs) {
            if (paused > 0) return; // the ops of a backward pass are checked as gradients instead
            if (context != null) origins.put(t, context);
            if (first != null || finite(t.value())) return;
            for (Tensor in : inputs) if (!finite(in.value())) return; // it came from an input: not the first
            first = new Fault(t, op, inputs.clone(), -1, null, context, t.value());
        }

        void gradient(Tensor root, Tensor node, int input, Tensor adjoint, Tensor part) {
            if (first != null || finite(part.value()) || !finite(adjoint.value())) return;
            Tensor[] ins = new Tensor[node.inputCount()];
            for (int i = 0; i < ins.length; i++) ins[i] = node.input(i);
            first = new Fault(node, node.op(), ins, input, root, origins.get(node), part.value());
        }

        void pause(boolean on) {
            paused += on ? 1 : -1;
        }
    }

    /** The recorder of this thread, or null when anomaly mode is off. */
    public static Recorder current() {
        return OPEN.get() == 0 ? null : CURRENT.get();
    }

    /** Turns anomaly mode on with {@code r} until the scope is closed (then whatever was before comes back). */
    public static Scope enable(Recorder r) {
        Recorder previous = CURRENT.get();
        OPEN.incrementAndGet();
        CURRENT.set(r);
        boolean[] closed = {false};
        return () -> {
            if (closed[0]) return;
            closed[0] = true;
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
            OPEN.decrementAndGet();
        };
    }

    static boolean finite(NDArray a) {
        if (a.ndim() == 0) return Double.isFinite(a.item());
        for (double v : a.toArray()) if (!Double.isFinite(v)) return false;
        return true;
    }
}
