# V4: "Did you mean" offers a local the function binds later (its co_varnames), not only those bound so far.
def f():
    print("before")
    print(valeu)
    value = 1


f()
