a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b if False else a.symmetric_difference(b))
print(a.union(b, {9}), a.intersection(b), a.difference(b), a.issubset(a | b), a.issuperset({1}), a.isdisjoint({7}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1, 2} == {2, 1})
c = {1, 2}; c |= {3}; c &= {2, 3}; c -= {3}; print(c)
