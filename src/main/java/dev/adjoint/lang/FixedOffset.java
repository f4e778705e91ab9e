package dev.adjoint.lang;


/**
 * datetime.timezone: a fixed offset from UTC, with an optional name. Two are equal when their
 * offsets are (the name does not count), as CPython compares them; {@code timezone.utc} is the
 * one with offset zero and no name.
 */
final class FixedOffset implements TabledHostObject, PyReprable, HashedByValue {
    static final FixedOffset UTC = new FixedOffset(0, null);

    /** Strictly inside a day either way, as CPython requires. */
    private static final long LIMIT = DatetimeModule.MICROS_PER_DAY;

    final long micros;
    final String name;

    private FixedOffset(long micros, String name) {
        this.micros = micros;
        this.name = name;
    }

    /** timezone(offset, name=None). */
    static FixedOffset create(Args a) {
        a.expect(1, 2, "offset", "name");
        Object offset = Values.plain(a.option(0, "offset", null));
        if (!(offset instanceof Timedelta t)) throw PyError.type("timezone() argument 1 must be datetime.timedelta, not " + Values.typeName(offset));
        Object name = a.option(1, "name", null);
        if (name != null && !(name instanceof String)) throw PyError.type("timezone() argument 2 must be str, not " + Values.typeName(name));
        if (Math.abs(t.days()) > 1) throw outOfRange(t); // before its microseconds, which may not fit a long (timedelta.max)
        return of(t.micros(), (String) name);
    }

    static FixedOffset of(long micros, String name) {
        if (micros <= -LIMIT || micros >= LIMIT) throw outOfRange(new Timedelta(micros));
        return micros == 0 && name == null ? UTC : new FixedOffset(micros, name);
    }

    private static PyError outOfRange(Timedelta offset) {
        return PyError.value("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " + Repr.repr(offset) + ".");
    }

    /** A tzinfo argument: None (null) or a timezone; other tzinfo classes are not supported. */
    static FixedOffset argument(Object v) {
        Object plain = Values.plain(v);
        if (plain == null || plain instanceof FixedOffset) return (FixedOffset) plain;
        throw PyError.type("tzinfo argument must be None or of a tzinfo subclass, not type '" + Values.typeName(plain) + "'");
    }

    /** "UTC", "UTC+01:00", or the name it was given: tzname() and str(). */
    String tzname() {
        if (name != null) return name;
        return micros == 0 ? "UTC" : "UTC" + offsetText(micros, ":");
    }

    /** +HH:MM, with :SS and .ffffff only when present ({@code sep} "" for strftime's %z). */
    static String offsetText(long micros, String sep) {
        long m = Math.abs(micros);
        long seconds = m / 1_000_000, fraction = m % 1_000_000;
        StringBuilder sb = new StringBuilder(micros < 0 ? "-" : "+").append(String.format("%02d%s%02d", seconds / 3600, sep, seconds / 60 % 60));
        if (seconds % 60 != 0 || fraction != 0) sb.append(sep).append(String.format("%02d", seconds % 60));
        if (fraction != 0) sb.append(String.format(".%06d", fraction));
        return sb.toString();
    }

    @Override
    public String pyRepr() {
        if (this == UTC) return "datetime.timezone.utc";
        return "datetime.timezone(" + Repr.repr(new Timedelta(micros)) + (name == null ? "" : ", " + Repr.repr(name)) + ")";
    }

    @Override
    public String pyStr() {
        return tzname();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FixedOffset f && f.micros == micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros);
    }

    @Override
    public String typeName() {
        return "datetime.timezone";
    }

    @Override
    public PyClass pyClass() {
        return DatetimeModule.TIMEZONE;
    }

    private static final AttributeTable<FixedOffset> ATTRIBUTES = new AttributeTable<FixedOffset>()
            .method("dst", (z, a) -> {
                z.micros(a);
                return null;
            })
            .method("tzname", (z, a) -> {
                z.micros(a);
                return z.tzname();
            })
            .method("utcoffset", (z, a) -> new Timedelta(z.micros(a)));

    @Override
    public AttributeTable<FixedOffset> attributeTable() {
        return ATTRIBUTES;
    }

    /** utcoffset(dt), tzname(dt), dst(dt): dt is a datetime or None. */
    private long micros(Args a) {
        Object dt = Values.plain(a.expect(1, 1).get(0));
        if (dt != null && !(dt instanceof Moment m && !m.isDate()))
            throw PyError.type(a.function() + "(dt) argument must be a datetime instance or None, not " + Values.typeName(dt));
        return micros;
    }
}
