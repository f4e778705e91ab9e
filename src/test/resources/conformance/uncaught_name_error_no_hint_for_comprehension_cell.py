# V4: a comprehension is a scope of its own in 3.11: a local it reads is a cell variable, so no "Did you mean".
def m(values):
    value = 1
    print([value + v for v in values])
    return valeu


m([1, 2])
