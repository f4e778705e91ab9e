errors = []
for f in [lambda: 1 / 0, lambda: [][1], lambda: {}[1], lambda: int("q"), lambda: None + 1, lambda: x_undefined]:
    try:
        f()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
print(ValueError.__name__, Exception.__mro__[-1].__name__ if False else "object", [c.__name__ for c in KeyError.__mro__])
