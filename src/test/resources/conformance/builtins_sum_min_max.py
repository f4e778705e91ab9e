print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), 100), sum(x / 2 for x in range(4)))
print(min(3, 1, 2), max("apple", "pear", key=len), min({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]), max([2, 8, 4]))
print(min([(2, "b"), (1, "z"), (1, "a")]), max([1, 2, 3], default=0), min((), default=None))
