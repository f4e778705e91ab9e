package dev.adjoint.kernel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the calling thread has used, split as %time prints it (user, sys). IPython reads
 * its process's rusage; a JVM's process time includes its compiler and collector threads, so the
 * cell's own thread is measured: the time the cell's code took.
 */
record CpuClock(long userNanos, long totalNanos, long wallNanos) {
    static CpuClock now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean measured = threads.isCurrentThreadCpuTimeSupported();
        return new CpuClock(measured ? threads.getCurrentThreadUserTime() : 0, measured ? threads.getCurrentThreadCpuTime() : 0, System.nanoTime());
    }

    /** IPython's two lines for the time from {@code start} to this reading. */
    String since(CpuClock start) {
        double user = (userNanos - start.userNanos) / 1e9, total = (totalNanos - start.totalNanos) / 1e9;
        double sys = Math.max(0.0, total - user);
        return "CPU times: user " + TimeText.of(user, 3) + ", sys: " + TimeText.of(sys, 3) + ", total: " + TimeText.of(user + sys, 3) + "\n"
                + "Wall time: " + TimeText.of((wallNanos - start.wallNanos) / 1e9, 3) + "\n";
    }
}
