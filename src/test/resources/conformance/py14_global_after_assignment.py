# T7: `global x` after x is assigned in the function: CPython refuses the file before anything runs
print("never printed")
def f():
    x = 1
    global x
    return x
print(f())
