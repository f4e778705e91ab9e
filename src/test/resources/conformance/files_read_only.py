# reading files: open in text and binary mode, gzip.open, lines, with; writing is not offered by adjoint
import gzip
import os

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "data", "lines.txt")
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.read()))
    print(f.read(), f.closed)
print(f.closed)
with open(path, "rb") as f:
    print(f.read(5), f.read(6), f.tell(), f.seek(0), f.read())
print([line.rstrip("\n") for line in open(path)], open(path).readlines())
print(open(path, encoding="utf-8").read().splitlines())
with gzip.open(os.path.join(here, "data", "numbers.txt.gz"), "rt") as f:
    print([[int(v) for v in line.split()] for line in f])
with gzip.open(os.path.join(here, "data", "numbers.txt.gz")) as f:
    print(f.read())
print(gzip.decompress(open(os.path.join(here, "data", "numbers.txt.gz"), "rb").read()))
for bad in [lambda: open(os.path.join(here, "no_such_file.txt")), lambda: open(here), lambda: open(path, "z"),
            lambda: gzip.open(path).read(), lambda: open(path, "rb", encoding="utf-8")]:
    try:
        bad()
    except (OSError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).replace(here, "HERE"))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
