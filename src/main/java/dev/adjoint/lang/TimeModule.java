package dev.adjoint.lang;

/**
 * The parts of Python's time a training script uses to time its epochs: time(), perf_counter(),
 * monotonic(), process_time() (seconds as floats, and their _ns forms) and sleep(s), which Ctrl-C
 * stops as it stops a loop; and the calendar side logs use: struct_time from localtime()/gmtime(),
 * strftime, strptime, mktime, asctime and ctime.
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
        m.add("struct_time", StructTime.TYPE);
        m.add(Builtin.of("localtime", a -> StructTime.of(a.interpreter(), clock(a, null), 0)));
        m.add(Builtin.of("gmtime", a -> StructTime.of(a.interpreter(), clock(a, FixedOffset.UTC), 0)));
        m.add(Builtin.of("mktime", a -> {
            Moment local = new Moment(StructTime.clock(a.expect(1, 1).get(0)), false);
            return (double) Math.floorDiv(local.epochMicros(), 1_000_000L);
        }));
        m.add(Builtin.of("asctime", a -> Strftime.format("%c", a.expect(0, 1).size() == 0 ? now() : StructTime.fields(a.get(0), "asctime"))));
        m.add(Builtin.of("ctime", a -> Strftime.format("%c", clock(a, null), null)));
        m.add(Builtin.of("strftime", a -> {
            a.expect(1, 2);
            if (!(a.get(0) instanceof String format)) throw PyError.type("strftime() argument 1 must be str, not " + Values.typeName(a.get(0)));
            return Strftime.format(format, a.size() == 1 ? now() : StructTime.fields(a.get(1), "strftime"));
        }));
        m.add(Builtin.of("strptime", a -> {
            a.expect(1, 2);
            Strptime.Parsed p = Strptime.parse(a.get(0), a.size() == 1 ? "%a %b %d %H:%M:%S %Y" : a.get(1), "strptime");
            return StructTime.of(a.interpreter(), p.fields());
        }));
        return m;
    }

    /** The local clock now, with its zone. */
    private static Strftime.Tm now() {
        java.time.LocalDateTime utc = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        FixedOffset zone = Moment.localZone(utc);
        return Strftime.Tm.of(utc.plus(zone.micros, java.time.temporal.ChronoUnit.MICROS), zone).withoutMicros();
    }

    /** The clock at seconds since the epoch (argument 0, floored; absent or None: now) in {@code tz}, or in the local zone for null. */
    private static java.time.LocalDateTime clock(Args a, FixedOffset tz) {
        Object seconds = a.expect(0, 1).size() == 0 ? null : Values.plain(a.get(0));
        long micros = seconds == null ? java.time.Instant.now().getEpochSecond() * 1_000_000
                : Math.floorDiv(DatetimeModule.epochMicros(seconds), 1_000_000L) * 1_000_000;
        return Moment.fromEpochMicros(micros, tz, false).value();
    }
}
