first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, *mid, z = range(5)
print(first, rest, init, last, a, mid, z)
x, *y = [1]
print(x, y)
print([*range(3), *"ab", 9], (*[1, 2],), {*[1, 1, 2]})
