package dev.adjoint.scope;

/**
 * A setting with a value of its own on each thread (the default until set): grad mode, print
 * options. {@link #use} puts a value in force until the returned scope closes, which puts back the
 * one before; {@link #set} changes it until changed again (a session keeps its settings across inputs).
 */
public final class ThreadSetting<T> {
    private final ThreadLocal<T> value;

    public ThreadSetting(T initial) {
        value = ThreadLocal.withInitial(() -> initial);
    }

    /** A setting that is one per process in the library it stands for: a thread the program starts takes the starting thread's value ({@link Carried}). */
    public static <T> ThreadSetting<T> carried(T initial) {
        ThreadSetting<T> s = new ThreadSetting<>(initial);
        Carried.register(() -> {
            T v = s.get();
            return () -> s.use(v);
        });
        return s;
    }

    public T get() {
        return value.get();
    }

    public void set(T v) {
        value.set(v);
    }

    /** {@code v} in force on this thread until the scope closes. */
    public Scope use(T v) {
        T previous = value.get();
        value.set(v);
        return () -> value.set(previous);
    }
}
