# U-lead-2: a dict's keys() and items() views are sets: == != < <= > >= against a set, a frozenset
# or another view compare as sets (either side); a values() view equals only itself; & | - ^ with
# views give sets in CPython's order; isdisjoint on views.
import operator

d = {"a": 1, "b": 2}
e = {"b": 0, "a": 5}
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() == frozenset({"a", "b"}), frozenset("ab") == d.keys())
print(d.keys() != {"a", "b"}, {"a", "b"} != d.keys(), d.keys() != {"a"}, {"a"} != d.keys())
print(d.items() == {("a", 1), ("b", 2)}, {("a", 1), ("b", 2)} == d.items(), d.items() != {("a", 1)})
print(d.keys() == e.keys(), d.items() == e.items(), d.keys() == d.keys(), d.items() == dict(d).items())
print(d.keys() == ["a", "b"], d.keys() == ("a", "b"), d.keys() == "ab", d.keys() == None)
print(d.values() == d.values(), d.values() == [1, 2], d.values() == {1, 2}, {1, 2} == d.values())
v = d.values()
print(v == v, v != v, v != d.values())
print(d.keys() < {"a", "b", "c"}, d.keys() <= {"a", "b"}, d.keys() > {"a"}, d.keys() >= {"a", "b"}, d.keys() < {"a", "b"})
print({"a"} < d.keys(), {"a", "b"} <= d.keys(), {"a", "b", "c"} > d.keys(), frozenset("a") < d.keys(), {"x"} < d.keys())
print(d.items() > {("a", 1)}, d.items() < e.items(), d.keys() <= e.keys(), d.keys() < e.keys())
print(d.keys().isdisjoint({"c"}), d.keys().isdisjoint(["a"]), {"c"}.isdisjoint(d.keys()), d.items().isdisjoint({("a", 1)}), d.keys().isdisjoint(e.keys()))
print(d.keys() == {"a", "b"} == e.keys(), {"a": 1}.keys() == {"a": 2}.keys(), {"a": 1}.items() == {"a": 2}.items())
for op, compare in [("<", operator.lt), ("<=", operator.le), (">", operator.gt), (">=", operator.ge)]:
    for x, y in [(d.keys(), [1]), ([1], d.keys()), (d.values(), d.values()), (d.values(), {1})]:
        try:
            print(op, compare(x, y))
        except TypeError as ex:
            print(op, "TypeError:", ex)
print({1: 2}.keys() == {1.0}, {True: 1}.keys() == {1})
for x, y, compare in [({"a": [1]}.items(), {("a", 2)}, operator.eq), ({"a": [1]}.items(), {"a": [1]}.items(), operator.eq),
                      ({"a": [1]}.items(), {"a": [1], "b": 2}.items(), operator.le)]:
    try:
        print(compare(x, y))
    except TypeError as ex:
        print("TypeError:", ex)
print([d.keys()] == [{"a", "b"}], (d.items(),) == ({("a", 1), ("b", 2)},), {"k": d.keys()} == {"k": {"a", "b"}})
print(d.keys() in [{"a", "b"}], {"a", "b"} in [d.keys()], [{"a", "b"}].count(d.keys()), [d.keys()].index({"b", "a"}))
n = {3: 30, 1: 10, 17: 170, 9: 90}
m = {9: 90, 25: 250, 1: 11}
print(n.keys() | m.keys(), n.keys() & m.keys(), n.keys() - m.keys(), n.keys() ^ m.keys(), m.keys() ^ n.keys())
print(n.keys() | {33, 2}, {33, 2} | n.keys(), n.keys() & {17, 1, 40}, {17, 1, 40} & n.keys(), [9, 4] - n.keys(), n.keys() ^ [1, 41])
print(n.items() ^ m.items(), m.items() ^ n.items(), n.items() & m.items(), n.items() - m.items())
print(n.keys().isdisjoint(m.keys()), n.keys().isdisjoint(range(4, 9)), n.items().isdisjoint(m.items()))
