import math
def derivative(f, x, h=1e-6):
    return (f(x + h) - f(x - h)) / (2 * h)
f = lambda x: math.log(x) + x * 5 - math.sin(5)
print(f"{derivative(f, 2.0):.6f}", f"{1 / 2.0 + 5:.6f}")
g = lambda x: x ** 3
print([round(derivative(g, x), 4) for x in (0.0, 1.0, 2.0)])
