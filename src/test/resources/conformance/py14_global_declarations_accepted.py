# T7: declarations CPython accepts: before any use, in a nested function after the outer one used the name, after an import
x = 5
def f():
    global x
    x += 1
    return x
def outer():
    y = 1
    def inner():
        global y
        y = 10
    inner()
    return y
def h_unused():
    import math
    global math
    return math.floor(2.5)
def k():
    z = [i for i in range(3)]
    global i
    return z
print(f(), outer(), y, k())
