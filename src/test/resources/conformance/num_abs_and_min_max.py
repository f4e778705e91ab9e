print(abs(-3), abs(-2.5), abs(0), max(3, 1, 2), min([4, 2, 8]), max("abc"), min(3.5, 2))
print(max([1, 5, 3], key=lambda v: -v), min([], default="empty"))
