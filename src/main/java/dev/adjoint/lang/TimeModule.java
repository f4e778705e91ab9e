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
            return a.interpreter().gil().released(() -> { // the program's other threads run meanwhile; Ctrl-C stops it
                Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
                return null;
            });
        }));
        m.add("struct_time", StructTime.TYPE);
        m.add(Builtin.of("localtime", a -> {
            long t = seconds(a);
            long offset = LocalZone.offsetSeconds(t);
            return StructTime.of(clock(t, offset), LocalZone.isDst(t) ? 1 : 0, LocalZone.abbreviation(t), offset);
        }));
        m.add(Builtin.of("gmtime", a -> StructTime.of(clock(seconds(a), 0), 0, "GMT", 0L)));
        LocalZone.Summary zone = LocalZone.summary(); // read once, at import, as CPython does
        m.add("timezone", zone.timezone()).add("altzone", zone.altzone()).add("daylight", zone.daylight())
                .add("tzname", Values.tuple(new java.util.ArrayList<>(zone.tzname())));
        m.add(Builtin.of("mktime", a -> {
            Moment local = new Moment(StructTime.clock(a.expect(1, 1).get(0)), false);
            return (double) Math.floorDiv(local.epochMicros(), 1_000_000L);
        }));
        m.add(Builtin.of("asctime", a -> Strftime.format("%c", a.expect(0, 1).size() == 0 ? now() : StructTime.fields(a.get(0), "asctime"))));
        m.add(Builtin.of("ctime", a -> {
            long t = seconds(a);
            return Strftime.format("%c", clock(t, LocalZone.offsetSeconds(t)), null);
        }));
        m.add(Builtin.of("strftime", a -> {
            a.expect(1, 2);
            if (!(a.get(0) instanceof String format)) throw PyError.type("strftime() argument 1 must be str, not " + Values.typeName(a.get(0)));
            return Strftime.format(format, a.size() == 1 ? now() : StructTime.fields(a.get(1), "strftime"));
        }));
        m.add(Builtin.of("strptime", a -> {
            a.expect(1, 2);
            Strptime.Parsed p = Strptime.parse(a.get(0), a.size() == 1 ? "%a %b %d %H:%M:%S %Y" : a.get(1), "strptime");
            return StructTime.of(p.fields());
        }));
        return m;
    }

    /** The local clock now, with its zone. */
    private static Strftime.Tm now() {
        java.time.LocalDateTime utc = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        FixedOffset zone = Moment.localZone(utc);
        return Strftime.Tm.of(utc.plus(zone.micros, java.time.temporal.ChronoUnit.MICROS), zone).withoutMicros();
    }

    /**
     * Seconds since the epoch: argument 0, floored (absent or None: now), with CPython's errors: past
     * a 64-bit time_t OverflowError, past the years a clock holds glibc's OSError (errno 75).
     */
    private static long seconds(Args a) {
        Object t = a.expect(0, 1).size() == 0 ? null : Values.plain(a.get(0));
        if (t == null) return java.time.Instant.now().getEpochSecond();
        if (!PyNumbers.isNumber(t)) throw PyError.type("'" + Values.typeName(t) + "' object cannot be interpreted as an integer");
        double d = PyNumbers.toDouble(t);
        if (Double.isNaN(d)) throw PyError.value("Invalid value NaN (not a number)");
        if (Math.abs(d) >= 0x1p63) throw PyError.overflow("timestamp out of range for platform time_t");
        long seconds = PyNumbers.isInt(t) ? Values.toLong(t, "seconds") : (long) Math.floor(d);
        if (Math.abs(seconds) > MAX_CLOCK_SECONDS) throw new PyError("OSError", "[Errno 75] Value too large for defined data type").withArgs(75L, "Value too large for defined data type");
        return seconds;
    }

    /** About the seconds a clock of year ±999,999,999 lies from the epoch (glibc's reach, a year that fits a C int, is a little farther). */
    private static final long MAX_CLOCK_SECONDS = 31_556_889_832_780_799L - 86_400L;

    /** The clock at {@code seconds} since the epoch in a zone {@code offset} seconds east of UTC (any year, as C's struct tm holds it: 0, -314918). */
    private static java.time.LocalDateTime clock(long seconds, long offset) {
        return java.time.LocalDateTime.ofEpochSecond(seconds + offset, 0, java.time.ZoneOffset.UTC);
    }
}
