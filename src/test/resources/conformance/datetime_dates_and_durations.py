# datetime: date, datetime and timedelta arithmetic, repr/str/isoformat/strftime as CPython
import datetime as dt
from datetime import date, datetime, timedelta

print(repr(timedelta(0)), repr(timedelta(days=1, hours=2)), repr(timedelta(seconds=-1)), timedelta(seconds=-1))
print(timedelta(days=2, seconds=3723, microseconds=5), timedelta(hours=1.5), timedelta(weeks=1).days, timedelta(minutes=90).seconds)
print(repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 13, 4, 5)), repr(datetime(2024, 1, 5, 13, 4, 0, 12)))
print(datetime(2024, 1, 5, 13, 4, 0, 12), datetime(2024, 1, 5).isoformat(), datetime(2024, 1, 5, 1, 2, 3).isoformat(" "))
print(repr(date(2024, 2, 29)), date(2024, 2, 29) + timedelta(days=1), datetime(2024, 3, 1) - datetime(2024, 2, 1))
print(date(2024, 3, 1) - date(2023, 3, 1), (datetime(2024, 1, 1, 12) - datetime(2024, 1, 1)).total_seconds())
print(timedelta(days=1) / timedelta(hours=1), timedelta(hours=3) // timedelta(hours=2), timedelta(hours=3) * 2, 2 * timedelta(hours=3))
print(timedelta(hours=3) / 2, -timedelta(hours=1), abs(timedelta(hours=-1)), timedelta(hours=3) % timedelta(hours=2))
d = date(2024, 1, 5)
print(d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y (%a %b %j)"), d.year, d.month, d.day, d.toordinal())
t = datetime(2024, 1, 5, 15, 4, 9, 250)
print(t.strftime("%I:%M %p, %H:%M:%S.%f %y/%m/%d"), t.hour, t.minute, t.second, t.microsecond, t.date(), t.replace(year=2025, microsecond=0))
print(date.fromisoformat("2024-01-05"), datetime.fromisoformat("2024-01-05T10:20:30"), datetime.fromisoformat("2024-01-05 10:20"))
print(type(datetime.now()).__name__, type(dt.date.today()), dt.datetime(2020, 1, 1).year, datetime.min, datetime.max, date.max)
print(f"{datetime(2024, 1, 5, 9, 3):%Y-%m-%d %H:%M}", f"{date(2024, 1, 5)}", "{:%d.%m.%Y}".format(d), format(d))
print({date(2024, 1, 5): 1}[date(2024, 1, 5)], datetime(2024, 1, 5) == date(2024, 1, 5), timedelta(hours=24) == timedelta(days=1))
print(bool(timedelta(0)), date(2024, 1, 5) < date(2024, 1, 6), sorted([timedelta(1), timedelta(0), -timedelta(1)]), isinstance(t, date))
print(datetime(2024, 12, 31, 23, 59) + timedelta(minutes=2), date(2024, 1, 1) - timedelta(days=1), str(timedelta(days=-3, hours=5)))
for bad in [lambda: date(2024, 2, 30), lambda: datetime(2024, 13, 1), lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
            lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: timedelta(1) < 3, lambda: date.fromisoformat("2024-1-5"), lambda: timedelta(1) // 0]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
start = datetime.now()
elapsed = datetime.now() - start
print(elapsed >= timedelta(0), elapsed < timedelta(seconds=60), date.today() <= datetime.now().date())
