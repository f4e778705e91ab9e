# V4: a parameter stays in co_varnames though an inner scope reads it: "Did you mean" offers it.
def k(value):
    print([value for _ in range(2)])
    return valeu


k(3)
