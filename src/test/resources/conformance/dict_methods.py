d = {"x": 1}
print(d.setdefault("y", 2), d.setdefault("x", 9), d)
d.update({"z": 3}, w=4); print(d)
d.update([("x", 10)]); print(d)
print(d.pop("w"), d.pop("nope", "default"), d)
print(d.popitem(), d)
e = d.copy(); e["new"] = 1; print(d, e)
print(dict.fromkeys("ab", 0), dict(zip("abc", range(3))), dict(a=1, b=2), dict([(1, 2), (3, 4)]))
d.clear(); print(d, d == {})
