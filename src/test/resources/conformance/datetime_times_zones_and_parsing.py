# datetime beyond dates and durations (#129): time, timezone/UTC, aware datetimes, isocalendar,
# timetuple, ctime, fromordinal/fromtimestamp/combine, strptime, strftime's directives, and the
# time module's calendar side (struct_time, gmtime, strftime, strptime, asctime).
import datetime
import time
from datetime import date, datetime as DT, time as T, timedelta as TD, timezone

d = date(2026, 12, 2)
dt = DT(2026, 12, 2, 9, 5, 3, 123456)
print(d.isocalendar(), d.timetuple().tm_yday, d.ctime())
print(dt.time(), DT.combine(d, T(12, 30)), T(9))
print(DT(2026, 12, 2, tzinfo=timezone.utc), date.fromordinal(700000), date.fromordinal(1), date.fromordinal(3652059))
print(d.timetuple())
print(dt.timetuple(), dt.ctime(), dt.isocalendar(), dt.isocalendar().week, tuple(dt.isocalendar()), type(d.isocalendar()).__name__)

# datetime.time
print(repr(T(9)), repr(T(9, 5, 3, 12)), repr(T(0)), repr(T(1, 2, 0, 5)), T(1, 2, 3, 4), T(1, 2, 3, 4).isoformat())
print(T(1, 2).isoformat("minutes"), T(1, 2, 3, 400).isoformat(timespec="milliseconds"), T(1, 2, 3, 4).isoformat("hours"), T(0).isoformat("seconds"))
print(T(9) < T(10), T(9, 30).hour, T(9, 30).minute, T(9, 30).second, T(9, 30).microsecond, T(9, 30).tzinfo, T(9, 30).replace(hour=1))
print(T.min, T.max, T.resolution, T.fromisoformat("10:20:30"), f"{T(9, 5):%H:%M}", format(T(9, 5)), bool(T(0)), T(1).strftime("%Y %H %z %j"))
print(T(9, 30, tzinfo=timezone.utc), repr(T(1, tzinfo=timezone.utc)), T(1, 2, 3, tzinfo=timezone(TD(hours=-3))).utcoffset(), T(1).utcoffset())
print(T(1, 2, 3, 4, tzinfo=timezone.utc) == T(2, 2, 3, 4, tzinfo=timezone(TD(hours=1))), T(1) == T(1, tzinfo=timezone.utc), {T(1): "a"}[T(1, 0)])

# timezone and aware datetimes
print(repr(timezone.utc), str(timezone.utc), repr(timezone(TD(hours=1))), str(timezone(TD(hours=-5, minutes=-30))))
print(repr(timezone(TD(hours=2), "X")), timezone(TD(hours=2), "X"), repr(timezone(TD(0), "UTC")), timezone(TD(0)) is timezone.utc)
print(timezone.utc.utcoffset(None), timezone(TD(0)) == timezone.utc, timezone.max, timezone.min, datetime.UTC is timezone.utc)
a = DT(2026, 12, 2, 10, tzinfo=timezone(TD(hours=1)))
print(repr(a), a, a.utcoffset(), a.tzname(), a.tzinfo, a.dst(), a.timestamp(), a.astimezone(timezone.utc))
print(DT(2026, 12, 2, 9, tzinfo=timezone.utc) == a, hash(DT(2026, 12, 2, 9, tzinfo=timezone.utc)) == hash(a), a - DT(2026, 12, 2, tzinfo=timezone.utc))
print(DT.fromtimestamp(0, timezone.utc), DT.fromtimestamp(1.5e9, tz=timezone.utc), repr(DT.fromtimestamp(1700000000.25, timezone.utc)))
print(DT.combine(d, T(1, tzinfo=timezone.utc)), dt.timetz(), dt.replace(tzinfo=timezone.utc), dt.replace(tzinfo=timezone.utc).replace(tzinfo=None))
print(DT.fromisoformat("2024-01-05T10:20:30+01:00"), DT.fromisoformat("2024-01-05T10:20:30Z"), DT.utcfromtimestamp(0), a.isoformat())
print(DT(2026, 1, 1, tzinfo=timezone.utc).timetuple(), DT(2026, 1, 1, tzinfo=timezone.utc).utctimetuple())
print(repr(DT.utcnow().tzinfo), DT.now(timezone.utc).tzinfo, DT.now(tz=timezone.utc).tzinfo, DT.now(timezone.utc) > a)
print(dt.isoformat(timespec="seconds"), dt.isoformat(sep=" ", timespec="milliseconds"), DT(2020, 1, 1, 5, 6, 7, 890).isoformat(timespec="minutes"))
print(TD.resolution, divmod(TD(hours=5), TD(hours=2)), TD(hours=1) * 1.5, TD(hours=1) / 3, TD(days=1) // 7, DT.resolution, date.resolution)

# strftime's directives (glibc's, C locale) and strptime
d2 = DT(2026, 1, 4, 15, 7, 9, 5)
print(d2.strftime("%U %W %G %g %V %u %e %D %T %R %F %h %C %k %l %P %r|%n%t| %Q %-d %-j %-H %"))
print(DT(2026, 12, 31).strftime("%U %W %G %V %j"), DT(2024, 12, 30).strftime("%G %V %g"))
print(DT(2026, 1, 1, tzinfo=timezone.utc).strftime("%z %Z|%c|%x|%X"), DT(2026, 1, 1).strftime("[%z][%Z]"), a.strftime("%z %Z"))
print(DT.strptime("2021-06-01 12:00", "%Y-%m-%d %H:%M"), DT.strptime("Jun 1 2005  1:33PM", "%b %d %Y %I:%M%p"))
print(repr(DT.strptime("2024-01-05T10:20:30.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z")))
for s, f in [("2020", "%"), ("2020", "%Q"), ("2020-1-5", "%Y-%m-%d"), ("5 jan 2020", "%d %b %Y"), ("Monday 5 JANUARY 20", "%A %d %B %y"), ("70", "%y"),
             ("12:30 am", "%I:%M %p"), ("12 PM", "%I %p"), ("2020 100", "%Y %j"), ("2020-01-01Z", "%Y-%m-%d%z"), ("2020-01-01 +05:30", "%Y-%m-%d %z"),
             ("2020-01-01 UTC", "%Y-%m-%d %Z"), ("2020-01-01  x", "%Y-%m-%d x"), ("2020/1/2", "%Y/%m/%d"), ("1.5", "%S.%f"), ("1.1234567", "%S.%f"),
             ("Tue Jan  5 10:00:00 2021", "%c"), ("01/05/21", "%x"), ("10:11:12", "%X"), ("a(b)", "a(b)"), ("2020-01-01 EST", "%Y-%m-%d %Z"),
             ("", ""), (" 2020", "%Y"), ("2020 ", "%Y"), ("60", "%S"), ("2020-01-01 -0130 UTC", "%Y-%m-%d %z %Z"), ("2021-13-01", "%Y-%m-%d"),
             ("2021-02-30", "%Y-%m-%d"), ("2021-06-01 12", "%Y-%m-%d")]:
    try:
        print(repr(DT.strptime(s, f)))
    except ValueError as e:
        print("ValueError:", e)

# the time module's calendar side
print(time.gmtime(0), time.gmtime(-1.5).tm_sec, time.strptime("2020-05-06", "%Y-%m-%d"), time.strptime("60", "%S").tm_sec)
print(time.strftime("%Y-%m-%d %H", (2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.asctime((2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.gmtime(86400 * 365).tm_year)
print(time.mktime(time.localtime(1e9)), time.localtime(1e9) == time.localtime(1e9 + 0.5), type(time.gmtime()).__name__, time.gmtime()[0] >= 2024)

for bad in [lambda: date.fromordinal(0), lambda: date.fromordinal(3652060), lambda: DT.fromtimestamp(1e20), lambda: T(24), lambda: T(1, 60),
            lambda: T(1, tzinfo=3), lambda: timezone(TD(hours=24)), lambda: timezone(3), lambda: DT(2020, 1, 1).isoformat(timespec="x"),
            lambda: DT.combine(1, T()), lambda: DT.combine(d, 1), lambda: timezone.utc.utcoffset(3), lambda: T(1) < T(1, tzinfo=timezone.utc),
            lambda: DT(2026, 1, 1) < DT(2026, 1, 1, tzinfo=timezone.utc), lambda: DT(2026, 1, 1) - DT(2026, 1, 1, tzinfo=timezone.utc),
            lambda: T(1) + TD(1), lambda: T("1"), lambda: DT.strptime(1, "%S"), lambda: DT.strptime("1", 1), lambda: DT.now(1),
            lambda: time.strftime(1), lambda: time.strftime("%Y", (1, 2)), lambda: time.mktime(3), lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
