package dev.adjoint.lang;

/**
 * The parts of Python's time a training script uses to time its epochs: time(), perf_counter(),
 * monotonic(), process_time() (seconds as floats, and their _ns forms) and sleep(s), which Ctrl-C
 * stops as it stops a loop.
 */
final class TimeModule {
    private TimeModule() {}

    static PyModule create() {
        PyModule m = new PyModule("time");
        m.add(Builtin.of("time", a -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }));
        m.add(Builtin.of("time_ns", a -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }));
        for (String name : new String[] {"perf_counter", "monotonic"}) m.add(Builtin.of(name, a -> System.nanoTime() / 1e9));
        for (String name : new String[] {"perf_counter_ns", "monotonic_ns"}) m.add(Builtin.of(name, a -> System.nanoTime()));
        m.add(Builtin.of("process_time", a -> java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9));
        m.add(Builtin.of("sleep", a -> {
            Object v = Values.plain(a.expect(1, 1).get(0));
            if (!PyNumbers.isNumber(v)) throw PyError.type("'" + Values.typeName(v) + "' object cannot be interpreted as an integer");
            double seconds = PyNumbers.toDouble(v);
            if (seconds < 0) throw PyError.value("sleep length must be non-negative");
            try {
                Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                throw new dev.adjoint.ndarray.ComputationInterrupted(); // Ctrl-C
            }
            return null;
        }));
        return m;
    }
}
