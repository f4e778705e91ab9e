package dev.adjoint.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The per-thread settings that a thread a program starts (threading.Thread) takes from the thread
 * that starts it: those that are one per process in PyTorch, NumPy and CPython (print options, the
 * script's folder, the element limit) but per thread here, so that sessions on different threads do
 * not see each other's. Grad mode and inference mode are not among them: PyTorch keeps those per
 * thread, and a new thread starts with grad enabled.
 */
public final class Carried {
    /** One setting: reads its value on the starting thread and gives what puts that value in force on the new one. */
    @FunctionalInterface
    public interface Setting {
        Supplier<Scope> capture();
    }

    private static final List<Setting> SETTINGS = new CopyOnWriteArrayList<>();

    private final List<Supplier<Scope>> installers;

    private Carried(List<Supplier<Scope>> installers) {
        this.installers = installers;
    }

    /** Registers a setting (from its class's static initializer: a setting whose class is not loaded yet still has its default everywhere). */
    public static void register(Setting setting) {
        SETTINGS.add(setting);
    }

    /** The values of every registered setting on this thread. */
    public static Carried capture() {
        List<Supplier<Scope>> installers = new ArrayList<>();
        for (Setting s : SETTINGS) installers.add(s.capture());
        return new Carried(installers);
    }

    /** Puts the captured values in force on this thread until the scope closes. */
    public Scope install() {
        Scope all = () -> {};
        for (Supplier<Scope> install : installers) all = all.and(install.get());
        return all;
    }
}
