# U22 (the CPython part): methods reached through their class take the object first, as CPython's
# method descriptors: str.split, map(str.upper, ...), int.__add__, list.append, dict.get.
print(str.split("a b"), list(map(str.upper, ["a", "b"])), int.__add__(2, 3), str.join("-", "abc"))
xs = [1]
list.append(xs, 2)
print(xs, dict.get({"a": 1}, "a"), set.union({1}, {2}), float.__mul__(1.5, 2), tuple.count((1, 1, 2), 1))
try:
    str.upper(3)
except TypeError as e:
    print("TypeError:", e)
