package dev.adjoint.repl;

/**
 * The process's signal handlers set as jline's Signals sets them, without its reflection: jline
 * calls sun.misc.Signal through reflection and wraps each handler in a dynamic proxy, whose class
 * the JVM generates at the first handler (the class-data archive cannot keep it): ~10 ms of the
 * prompt's start for the five handlers set before it shows. sun.misc.Signal is the JDK's supported
 * signal API (module jdk.unsupported), which jline's reflection reaches too; javac warns of it at every
 * build (a warning no annotation silences).
 */
final class NativeSignals {
    private NativeSignals() {}

    /**
     * The system's default action for signal {@code name}; the handler it replaces, or null where
     * the signal does not exist here or the JVM keeps it (as jline's Signals.registerDefault).
     */
    static Object registerDefault(String name) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_DFL);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code handler} runs at signal {@code name}; the handler it replaces, or null (as jline's Signals.register). */
    static Object register(String name, Runnable handler) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> handler.run());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
