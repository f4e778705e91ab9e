t = (1, "a", 2.5)
print(t, t[1], t[-1], t[1:], len(t), (1,), (), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
print(t.count(1), t.index("a"), (1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2))
x = 1, 2
print(x, type(x).__name__)
