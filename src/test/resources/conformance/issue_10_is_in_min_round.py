y = None
d = {1: "one"}
a, b = 4, 7
x = 3.14159265
print(y is None, 2 in d, 1 in d, min(a, b), round(x, 4))
