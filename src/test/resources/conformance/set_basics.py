s = {3, 1, 2, 3}
print(s, len(s), 2 in s, 5 in s)
s.add(10); s.discard(1); s.remove(2)
print(s, sorted(s))
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, frozenset([2, 1]))
e = set()
e.add(0)
print(e, {x % 3 for x in range(10)})
