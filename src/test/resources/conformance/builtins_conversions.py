print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([("a", 1)]), str(1.5), repr("x"), bool(0), bool([0]))
print(list(range(3)), list({"a": 1, "b": 2}), list((1, 2)), sorted({3, 1, 2}), list(map(float, [1, 2])))
print(int(7.99), int(-7.99), int("0b101", 0), float("  .5"), str(12345678901234567890))
