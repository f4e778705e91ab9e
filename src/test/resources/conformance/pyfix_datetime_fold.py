# fold (PEP 495): kept and shown by datetime and time, ignored by equality, hashing, order and
# arithmetic of naive datetimes; replace(fold=) sets it; arithmetic gives fold=0.
import datetime as dt

a = dt.datetime(2020, 1, 1, 12, 30, fold=1)
b = dt.datetime(2020, 1, 1, 12, 30)
print(repr(a), str(a), a.fold, b.fold)
print(a == b, hash(a) == hash(b), a - b, repr(a + dt.timedelta(hours=1)), repr(a - dt.timedelta(1)))
print(repr(a.replace(fold=0)), repr(b.replace(fold=1)), repr(a.replace(hour=3)))
print(a.timetuple(), a.timetuple().tm_isdst)
print(repr(a.time()), repr(a.timetz()), repr(a.date()))
t = dt.time(1, 2, fold=1)
print(repr(t), str(t), t.fold, t == dt.time(1, 2), hash(t) == hash(dt.time(1, 2)), repr(t.replace(fold=0)), t.isoformat())
print(repr(dt.time(fold=1)))
print(repr(dt.datetime.combine(dt.date(2020, 1, 1), t)))
c = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc, fold=1)
print(repr(c), c == dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), c.utctimetuple())
print(repr(c.astimezone(dt.timezone(dt.timedelta(hours=2)))))
print(a.timestamp() == b.timestamp())
print(repr(a.astimezone(dt.timezone.utc)) == repr(b.astimezone(dt.timezone.utc)))
print(a.isoformat(), a.ctime(), a.strftime('%H:%M'))
print(a < b, a <= b, a > b, sorted([a, b]))
try:
    a.replace(fold=2)
except ValueError as e:
    print(e)
print(repr(dt.datetime(2020, 1, 1, fold=True)))
print(repr(dt.datetime.min.replace(fold=1)))
print({a: 1}[b])
print(repr(t.replace(hour=5)), repr(dt.time(1, 2, fold=1, tzinfo=dt.timezone.utc)))
print(format(a, ''), f"{a}")
print(repr(a.replace(tzinfo=dt.timezone.utc)))
print(a.utctimetuple())
print(repr(dt.datetime.fromtimestamp(0, dt.timezone.utc)), dt.datetime.fromtimestamp(0, dt.timezone.utc).fold)
