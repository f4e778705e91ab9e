name = "Ada"
n = 3
print(f"{name} has {n} items, {n * 2} doubled, {name!r}, {name.upper()}, {{braces}}")
print(f"{n=}", f"{name = }", f"{1 + 2 = }")
