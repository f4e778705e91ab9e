# V4: a local an inner function reads is a cell variable, not in co_varnames: no "Did you mean".
def g():
    value = 1

    def h():
        return value

    print(h())
    return valeu


g()
