# Source: tester finding #35 (session 10): a file is its own iterator; next(f) skipping a header line
# is the standard idiom for reading a CSV by hand (also gzip's text files).
import gzip
import os

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "data", "lines.txt")
with open(path) as f:
    header = next(f).strip()
    rest = [line.rstrip("\n") for line in f]
    print(repr(header), rest, iter(f) is f)
    print(next(f, "exhausted"))
    try:
        next(f)
    except StopIteration:
        print("StopIteration")
with open(path) as f:
    print(repr(f.readline()), repr(next(f)), repr(f.__next__()), f.__iter__() is f)
with open(path, "rb") as f:
    print(next(f), iter(f) is f)
with gzip.open(os.path.join(here, "data", "numbers.txt.gz"), "rt") as f:
    print(repr(next(f)), iter(f) is f, [line.split() for line in f])
f = open(path)
f.close()
for attempt in (lambda: next(f), lambda: iter(f), lambda: [line for line in f]):
    try:
        attempt()
    except ValueError as e:
        print("ValueError", e)
