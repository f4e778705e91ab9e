def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1), f(*[7, 8]), f(**{"a": 1, "b": 2}))
def g(x, *, scale=1):
    return x * scale
print(g(3), g(3, scale=2))
