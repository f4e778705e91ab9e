def noisy(xs):
    for x in xs:
        print("yielding", x)
    return xs
g = (print("make", x) or x for x in [1, 2, 3])
print("before consuming")
print(next(g))
print(any(x > 1 for x in g))
first_big = next((v for v in [1, 5, 10] if v > 3), None)
print(first_big)
