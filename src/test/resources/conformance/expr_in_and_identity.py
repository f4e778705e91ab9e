a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, None is None, 1 in a, 4 not in a)
print("ell" in "hello", (1, 2) in [(1, 2)], 2 in {1: "x", 2: "y"}, 3 in range(5), 2.0 in [1, 2])
x = None
print(x is None, x == None, not x)
