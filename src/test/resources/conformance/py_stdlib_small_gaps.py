# Small gaps of the Python tutorial's standard-library tour (findings #114, #130, #142, #147):
# sys.platform, statistics' harmonic/geometric means, covariance, correlation and regression,
# deque.maxlen, heapq.merge, os.walk and os.cpu_count, ß casing, str.encode(errors=)
import sys, statistics, heapq, os
from collections import deque

print(sys.platform)
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([1, 0, 3]), statistics.harmonic_mean([7]))
print(statistics.harmonic_mean([1, 2, 4]), statistics.harmonic_mean([0.1, 0.2, 0.7]))
for bad in ([], [-1, 2]):
    try:
        statistics.harmonic_mean(bad)
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.covariance([1, 2, 3], [2, 4, 7]), statistics.covariance([0.5, 1.5, 2.25, 3], [1, 0, 2, 4.5]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
r = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(r.slope, r.intercept, r[0], type(r).__name__)
print(statistics.geometric_mean([1, 2, 4]), statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([0.5, 8.0]))
for f, args in [(statistics.correlation, ([1, 1], [2, 3])), (statistics.covariance, ([1], [2])), (statistics.correlation, ([1, 2], [1])),
                (statistics.linear_regression, ([2, 2], [1, 3])), (statistics.geometric_mean, ([1, 0],)), (statistics.geometric_mean, ([],))]:
    try:
        f(*args)
    except statistics.StatisticsError as e:
        print(f.__name__, 'StatisticsError', e)

print(deque([1, 2]).maxlen, deque(maxlen=3).maxlen, deque([], 0).maxlen)
print(list(heapq.merge([1, 4], [2, 3])), list(heapq.merge([5, 1], [4, 2], reverse=True)), list(heapq.merge()))
print(list(heapq.merge(['a', 'BB'], ['cc', 'D'], ['b'], key=str.lower)), list(heapq.merge([1, 1.0], [1, True])))
m = heapq.merge(iter([1, 3, 5]), [2, 4])
print(next(m), next(m), list(m))

print(os.cpu_count() > 0, type(os.cpu_count()).__name__)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data', 'tree')
for root, dirs, files in os.walk(here):
    dirs.sort()
    print(root[len(here):] or '.', dirs, sorted(files))
for root, dirs, files in os.walk(here):
    if 'other' in dirs:
        dirs.remove('other')
    if 'deeper' in dirs:
        dirs.remove('deeper')
    print(root[len(here):] or '.', sorted(files))
print(list(os.walk(os.path.join(here, 'no such folder'))), list(os.walk(os.path.join(here, 'a.txt'))))
print(type(os.walk(here)).__name__)

print('a b  '.split(None, 1), 'a b c '.split(maxsplit=1), '  a b '.rsplit(None, 1))
print('ß'.title(), 'ß'.swapcase(), 'ß'.casefold(), 'straße'.casefold() == 'STRASSE'.casefold(), 'ßb'.capitalize(), 'ß'.istitle(), 'Ss'.istitle())
print('ﬃ'.title(), '中a'.title(), 'ǅ'.title(), 'ǅa'.swapcase(), 'ΣΑΣ'.casefold(), 'ﬁx'.capitalize(), 'Straße Ǆ'.swapcase(), 'ẞ'.casefold())
print('Ä€'.encode('latin-1', 'replace'), 'Ä€'.encode('ascii', 'ignore'), 'Ä€'.encode('ascii', 'backslashreplace'), 'Ä€x😀'.encode('ascii', 'xmlcharrefreplace'))
print('a\ud800b'.encode('utf-8', 'replace'), 'x'.encode('ascii', 'no such handler'), bytes('Ä€', 'latin-1', 'replace'))
for s, e in [('ÄÖx', 'ascii'), ('aÄ€', 'latin-1'), ('x€', 'latin1'), ('a\ud800', 'utf-8')]:
    try:
        s.encode(e)
    except UnicodeEncodeError as x:
        print(type(x).__name__, x)
try:
    'Ä'.encode('ascii', 'bogus')
except LookupError as x:
    print(type(x).__name__, x)
