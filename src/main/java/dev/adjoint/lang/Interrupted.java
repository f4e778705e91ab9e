package dev.adjoint.lang;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluation stopped by Thread.interrupt(); variables keep the values they had. Two kinds: a
 * keyboard interrupt (Ctrl-C, Jupyter's interrupt: the front-end calls {@link #fromKeyboard}) is
 * Python's KeyboardInterrupt, which {@code except KeyboardInterrupt}, {@code except BaseException}
 * and a bare {@code except} catch and {@code finally} and {@code __exit__} see, as in CPython; any
 * other interrupt (--timeout, a test's watchdog) is a hard stop that nothing catches.
 */
public class Interrupted extends LangError {
    /** Threads a front-end interrupted from the keyboard, until their interpreter notices it. */
    private static final Set<Thread> FROM_KEYBOARD = ConcurrentHashMap.newKeySet();

    private final boolean keyboard;

    public Interrupted(Span span) {
        this(span, false);
    }

    private Interrupted(Span span, boolean keyboard) {
        super(keyboard ? "KeyboardInterrupt" : "RuntimeError", keyboard ? "KeyboardInterrupt" : "interrupted", keyboard ? "" : "interrupted", span);
        this.keyboard = keyboard;
    }

    /** Ctrl-C for {@code thread}: interrupts it, and the interrupt it notices is a KeyboardInterrupt. */
    public static void fromKeyboard(Thread thread) {
        FROM_KEYBOARD.add(thread);
        thread.interrupt();
    }

    /** A KeyboardInterrupt (as if from Ctrl-C) at {@code span}: the kernel's answer to an interrupt that came between cells. */
    public static Interrupted keyboard(Span span) {
        return new Interrupted(span, true);
    }

    /** The interrupt the running thread noticed at {@code span}: a KeyboardInterrupt if a front-end said it came from the keyboard. */
    public static Interrupted noticed(Span span) {
        return new Interrupted(span, FROM_KEYBOARD.remove(Thread.currentThread()));
    }

    /** Forgets a keyboard interrupt of the running thread whose interrupt something consumed without noticing it (a wait that ended). */
    public static void forgetKeyboard() {
        FROM_KEYBOARD.remove(Thread.currentThread());
    }

    /** Whether this is Python's KeyboardInterrupt, which {@code except} may catch; else a hard stop. */
    public boolean catchable() {
        return keyboard;
    }

    @Override
    public LangError at(Span where) {
        return new Interrupted(where, keyboard);
    }
}
