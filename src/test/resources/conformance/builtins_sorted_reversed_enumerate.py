data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: (-t[1], t[0])))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(enumerate(data, 10))[:1])
print(sorted("hello"), sorted([3, 1, 2], reverse=True), sorted([[2, 1], [1, 2], [1, 1]]))
