# struct_time's tm_zone and tm_gmtoff (attributes past its nine items), %z and %Z of time.strftime,
# and the local zone's time.timezone, altzone, daylight and tzname, as CPython on Linux.
import time

g = time.gmtime(0)
print(repr(time.strftime('%z %Z', g)), g.tm_zone, g.tm_gmtoff, len(g), g[-1])
print(g, g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(g) == hash(tuple(g)), g[:3], isinstance(g, tuple), type(g))
print(g.n_fields, g.n_sequence_fields, g.n_unnamed_fields, time.struct_time.n_fields)
local = time.localtime(0)
offset = local.tm_gmtoff
print(offset == -time.timezone or offset == -time.altzone, local.tm_isdst in (0, 1), local.tm_zone in time.tzname)
print(time.strftime('%Z', local) == local.tm_zone)
print(time.daylight in (0, 1), len(time.tzname), type(time.timezone).__name__, type(time.altzone).__name__)
for isdst in (1, 0, -1):
    print(repr(time.strftime('%z', (2020, 7, 1, 0, 0, 0, 0, 183, isdst))), time.strftime('%Z', (2020, 7, 1, 0, 0, 0, 0, 183, isdst)) == ('' if isdst < 0 else time.tzname[isdst]))
s = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
s = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3600))
print(s, s.tm_zone, s.tm_gmtoff, len(s), repr(time.strftime('%z %Z', s)))
s = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'XYZ', -5430))
print(repr(time.strftime('%z %Z', s)), time.struct_time(s).tm_zone)
print(time.struct_time([1] * 9, {"tm_zone": "X"}).tm_zone)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
try:
    g.tm_year = 3
except AttributeError as e:
    print(e)
try:
    g[9]
except IndexError as e:
    print(e)
print(time.strptime('2020', '%Y').tm_zone, time.strptime('2020', '%Y').tm_gmtoff)
p = time.strptime('2020 +0130', '%Y %z')
print(p.tm_zone, p.tm_gmtoff, repr(time.strftime('%z', p)))
p = time.strptime('2020 -01:30:15', '%Y %z')
print(p.tm_gmtoff, repr(time.strftime('%z', p)))
p = time.strptime('2020 utc', '%Y %Z')
print(p, p.tm_zone, p.tm_gmtoff)
print(time.gmtime(-1e13))
print(time.gmtime(1e13))
print(time.mktime(time.localtime(0)))
print(g.__match_args__)
print(sorted(n for n in dir(g) if not n.startswith('_')))
