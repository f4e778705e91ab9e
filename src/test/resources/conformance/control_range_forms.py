print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)))
r = range(1, 10, 2)
print(r, len(r), r[2], r[-1], r[1:3], 5 in r, 6 in r, list(reversed(r)), range(0))
print(sum(range(101)), max(range(7)), range(3) == range(0, 3))
