# a comprehension whose target is two items without parentheses: CPython's hint
print("never printed")
squares = [x, x**2 for x in range(6)]
