# dir() and vars() without an argument: the names of the scope running now
x = 3


def f(b, a=1):
    total = a + b
    return dir(), sorted(vars().items())


print("x" in dir(), "f" in dir(), "total" in dir())
print(f(2))
print(sorted(vars()) == dir(), vars()["x"])
table = {k: str(v) for k, v in vars().items() if k == "x"}
print(table)
y = 1
try:
    y.z = 2
except AttributeError as e:
    print(e)
