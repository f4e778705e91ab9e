sign = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 3)])
key = (lambda p: p[1]) if True else None
print(sorted([(1, "b"), (2, "a")], key=key))
f = lambda *a, **k: (a, k)
print(f(1, x=2), (lambda: "no args")(), (lambda x, y=2: x * y)(3))
