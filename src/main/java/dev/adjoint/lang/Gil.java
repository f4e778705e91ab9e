package dev.adjoint.lang;

import dev.adjoint.scope.Scope;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A session's global interpreter lock, as CPython's: the interpreter and the engine are not
 * thread-safe, so of the threads of one session (the input's and those {@code threading} started)
 * only the one holding this lock runs Python code. A thread lets go of it while it blocks (join,
 * a lock's or an event's wait, a queue's get, time.sleep: {@link #released}) and, when another
 * thread waits for it, every {@value #SWITCH_MS} ms at the interpreter's interrupt check
 * ({@link #switchIfDue}), as CPython's switch interval. The lock is fair: the thread that lets go
 * queues behind the waiting one.
 *
 * <p>The interpreter's state of a running call (its scope, frames, the exceptions being handled)
 * belongs to the thread holding the lock: letting go saves it with the thread, taking the lock
 * back puts it back ({@link Interpreter.ThreadState}), as CPython swaps its thread states.
 */
final class Gil {
    /** CPython's default switch interval (sys.getswitchinterval()). */
    static final long SWITCH_MS = 5;
    private static final long SWITCH_NANOS = TimeUnit.MILLISECONDS.toNanos(SWITCH_MS);
    /** Threads waiting for any session's lock: while none does, the interrupt check reads this one number and goes on. */
    private static final AtomicInteger WAITING = new AtomicInteger();
    /** The lock this thread runs Python code under (null on a thread that never took one). */
    private static final ThreadLocal<Gil> MINE = new ThreadLocal<>();

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Interpreter interpreter;
    /** When the holder took the lock (System.nanoTime()), for the switch interval. */
    private long heldSince;

    Gil(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * Runs Python code on this thread from now until the scope closes (an input, a thread's target):
     * takes the lock with a fresh interpreter state, and on closing lets it go. Nested (an input
     * running another), it changes nothing.
     */
    Scope enter() {
        if (lock.isHeldByCurrentThread()) return () -> {};
        Gil before = MINE.get();
        MINE.set(this);
        take();
        interpreter.restoreThreadState(interpreter.freshThreadState());
        return () -> {
            interpreter.threadLetsGo();
            lock.unlock();
            MINE.set(before);
        };
    }

    /** Whether this thread holds the lock. */
    boolean isHeld() {
        return lock.isHeldByCurrentThread();
    }

    /** A call that blocks (waits for another thread or for time to pass). */
    @FunctionalInterface
    interface Blocking<T> {
        T call() throws InterruptedException;
    }

    /**
     * Runs {@code call} without the lock, so that the other threads run meanwhile, then takes it back
     * (waiting for it) and the state of this thread's call with it. An interrupt of the wait is
     * Ctrl-C or a timeout: it stops the program there as it stops a loop. On a thread that does not
     * hold the lock (a session that started no thread), it just runs the call.
     */
    <T> T released(Blocking<T> call) {
        if (!lock.isHeldByCurrentThread()) return interruptibly(call);
        Interpreter.ThreadState state = interpreter.saveThreadState();
        interpreter.threadLetsGo();
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) lock.unlock();
        try {
            return interruptibly(call);
        } finally {
            take();
            for (int i = 1; i < holds; i++) lock.lock();
            interpreter.restoreThreadState(state);
        }
    }

    private static <T> T interruptibly(Blocking<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            throw new dev.adjoint.ndarray.ComputationInterrupted(); // Ctrl-C, a --timeout
        }
    }

    /**
     * Takes the lock, waiting as long as it takes (the holder lets go within the switch interval).
     * Never tryLock(), which would take it ahead of the threads queued for it.
     */
    private void take() {
        WAITING.incrementAndGet();
        try {
            lock.lock();
        } finally {
            WAITING.decrementAndGet();
        }
        heldSince = System.nanoTime();
    }

    /**
     * The interpreter's periodic check (every statement, loop pass and call): when another thread
     * waits for the lock this thread has held for a switch interval, lets it run. One read of an
     * atomic number while no thread waits.
     */
    static void switchIfDue() {
        if (WAITING.get() == 0) return;
        Gil mine = MINE.get();
        if (mine == null || !mine.lock.isHeldByCurrentThread() || !mine.lock.hasQueuedThreads()) return;
        if (System.nanoTime() - mine.heldSince < SWITCH_NANOS) return;
        mine.released(() -> null);
    }

    /** The lock of the session this thread runs Python code for, or null. */
    static Gil mine() {
        return MINE.get();
    }
}
