# map, zip, filter, enumerate and reversed are classes in Python 3 (students print them and test
# isinstance); ord() of a one-byte bytes, as a byte-by-byte parser writes ord(data[i:i+1]).
data = b"AZ\xff"
print(ord(data[0:1]), ord(b"x"), ord(bytearray(b"z")), [ord(data[i:i + 1]) for i in range(len(data))])
for bad in (b"ab", b"", 3, None):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)

print(map, zip, filter, enumerate, reversed)
m, z, f, e, r = map(str, [1]), zip("ab", [1, 2]), filter(None, [0, 1]), enumerate("xy"), reversed((1, 2))
print(type(m), type(z), type(f), type(e), type(r), type(m).__name__)
print(type(m) is map, isinstance(z, zip), isinstance(f, filter), isinstance(e, enumerate), isinstance(r, reversed), isinstance(m, zip))
print(repr(m).split(" at ")[0], repr(z).split(" at ")[0], repr(f).split(" at ")[0], repr(e).split(" at ")[0], repr(r).split(" at ")[0])
print(type(reversed([1])).__name__, type(reversed(range(3))).__name__, type(reversed({"a": 1})).__name__, type(reversed("ab")).__name__)
print(list(m), list(z), list(f), list(e), list(r), list(map.__call__(abs, [-1])) if False else "")
print(callable(map), issubclass(map, object), map.__name__, zip.__name__, next(iter(enumerate("q", start=5))))
print(list(zip(*[[1, 2], [3, 4]])), dict(enumerate("ab")), sorted(map(len, ["ccc", "a"])), list(filter(str.isdigit, "a1b2")))
print(isinstance(iter(m), map), iter(z) is z, list(zip("ab", "cd", strict=True)))
