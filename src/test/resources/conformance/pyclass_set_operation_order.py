# #149: the order CPython 3.11 prints set operations in: the intersection walks the smaller set
# (the right operand when both are as large), so on hash collisions (5 and -3 in 8 slots) the slot order follows it.
x = set([5, -3, 4, -5]); y = set([-3, 5, -5])
print(x & y, x.intersection(y), y.intersection(x))
a = {5, -3, 4, -5}; b = {-3, 5, -5, 0}
print(a & b, b & a)
print(a.intersection([-5, 5, -3]), a.intersection([-3, 5, -5]), b.intersection((0, 13, 5, -3)))
print(frozenset([5, -3, 13]) & {13, -3, 5}, {13, -3, 5} & frozenset([5, -3, 13]))
c = set([1, 9, 17, 25]); d = set([25, 17, 9, 1])
print(c & d, d & c, c.intersection(d, [1, 17, 9]))
print(a | b, b | a, a - b, b - a)
