# datetime's class limits: timedelta, date, datetime and time min/max/resolution (timedelta.max
# has more microseconds than a 64-bit int holds); arithmetic at the limits and past them
import datetime as d

T = d.timedelta
for c in [d.timedelta, d.date, d.datetime, d.time]:
    for n in ['min', 'max', 'resolution']:
        v = getattr(c, n)
        print(c.__name__, n, repr(v), str(v), type(v).__name__)
print(d.date.today().resolution, d.datetime(2020, 1, 1).max, d.time(1).min, T(1).resolution, T(1).max == T.max)
print(d.timezone.min, d.timezone.max, d.timezone.utc, {T.max: 1}[T(999999999, 86399, 999999)])
probes = [
    lambda: T(1) / T(0), lambda: T(1) // T(0), lambda: T(1) % T(0), lambda: T(1) / 0, lambda: T(1) // 0, lambda: T(1) / 0.0,
    lambda: T(1) * float('nan'), lambda: T(1) * float('inf'), lambda: T(days=float('inf')), lambda: T(days=float('nan')),
    lambda: T(microseconds=1) / 2, lambda: T(microseconds=3) / 2, lambda: T(microseconds=1) * 0.5, lambda: T(microseconds=3) * 0.5,
    lambda: T.max / T.resolution, lambda: T.max // T.resolution, lambda: T.max % T(7), lambda: T.max * 0.5, lambda: T.min / 3,
    lambda: T(days=2**70), lambda: T(1) * 2**70, lambda: T.max / 2**70, lambda: T.max // 2**70, lambda: T(seconds=10**18),
    lambda: (T.max.days, T.max.seconds, T.max.microseconds), lambda: T.min // T(3), lambda: str(-T.max), lambda: T.max.total_seconds(),
    lambda: T.max + T(1), lambda: T(days=10**9), lambda: T.min - T(microseconds=1), lambda: T.max * 2, lambda: -T.min, lambda: abs(T.min),
    lambda: d.datetime(2020, 1, 1) + T.max, lambda: d.date(2020, 1, 1) - T.max, lambda: d.datetime.min - T.resolution, lambda: d.date.max + d.date.resolution,
    lambda: d.datetime.max - d.datetime.min, lambda: d.date.max - d.date.min, lambda: d.timezone(T.max), lambda: d.timezone(T(hours=25)),
    lambda: T.min // 7, lambda: sorted([T.max, T(0), T.min, T(-1)]), lambda: (bool(T.min), bool(T(0)), T.min < T.max, T.max >= T.min),
    lambda: T(hours=-1) // T(minutes=7), lambda: T(hours=-1) % T(minutes=7), lambda: T(days=1.5, seconds=0.25), lambda: 2.5 * T(hours=1),
    lambda: T(hours=-1) / 7, lambda: T(hours=-1) // 7, lambda: T(microseconds=-1).total_seconds(),
]
for f in probes:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
