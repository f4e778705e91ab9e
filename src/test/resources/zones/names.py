# The zone's names as glibc reads them from tzdata, and its daylight saving flags, as CPython shows them.
import time, datetime as dt
print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in (0, 1577836800, 1593561600):
    lt = time.localtime(t)
    print(lt.tm_zone, lt.tm_gmtoff, lt.tm_isdst, time.strftime('%z %Z', lt))
print(repr(dt.datetime(2020, 7, 1).astimezone()), repr(dt.datetime(2020, 1, 1).astimezone()))
