import time, datetime as dt
print(time.timezone, time.altzone, time.daylight, time.tzname)
w = time.localtime(1577836800)
s = time.localtime(1593561600)
print(w.tm_zone, w.tm_gmtoff, w.tm_isdst, s.tm_zone, s.tm_gmtoff, s.tm_isdst, s.tm_hour)
print(time.strftime('%z %Z', w), time.strftime('%z %Z', s), time.strftime('%z %Z', (2020, 7, 1, 0, 0, 0, 0, 183, 1)))
print(time.strptime('2020 CEST', '%Y %Z').tm_isdst, time.strptime('2020 CET', '%Y %Z').tm_isdst)
for f in (0, 1):
    x = dt.datetime(2020, 10, 25, 2, 30, fold=f)
    print(x.timestamp(), repr(x.astimezone()))
print(repr(dt.datetime.fromtimestamp(1603589400 - 3600)), repr(dt.datetime.fromtimestamp(1603589400)))
x = dt.datetime(2020, 3, 29, 2, 30)
print(x.timestamp(), x.replace(fold=1).timestamp())
print(time.mktime((2020, 7, 1, 0, 0, 0, 0, 183, -1)))
