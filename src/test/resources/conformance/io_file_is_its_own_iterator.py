# A file is its own iterator (tester finding 35): next(f) skips a header line, as CSV reading by hand
# does, and a loop over f goes on after it. This program reads its own source.
with open(__file__) as f:
    header = next(f)
    print(header.strip())
    print(iter(f) is f)
    second = next(f).strip()
    print(second)
    rest = [line.rstrip("\n") for line in f]
    print(len(rest) > 5, rest[0])
    print(repr(next(f, "END")))
try:
    next(f)
except ValueError as e:
    print("ValueError:", e)
with open(__file__, "rb") as b:
    print(next(b)[:12], iter(b) is b)
