def area(r):
    """Area of a circle."""
    return 3.14159 * r * r
print(area.__name__, area.__doc__, round(area(2), 3))
f = lambda: 0
print(f.__name__)
