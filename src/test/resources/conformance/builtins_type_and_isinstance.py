vals = [1, 1.5, True, "s", None, [1], (1,), {1: 2}, {1}, range(2), len, lambda: 0]
print([type(v).__name__ for v in vals])
print(isinstance(True, int), isinstance(1, float), isinstance(1, (int, float)), isinstance([], list), isinstance((), tuple))
print(type(1) == int, type(True) is bool, type(1.0) is float, type("") is str, type(None).__name__)
