class P:
    pass
a, b = P(), P()
print(a == a, a == b, a is a, a != b)
d = {a: "a", b: "b"}
print(d[a], d[b], len({a, b, a}))
