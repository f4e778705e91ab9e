a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
pairs = list(zip([1, 2, 3], "abc"))
nums, letters = zip(*pairs)
print(pairs, nums, letters)
