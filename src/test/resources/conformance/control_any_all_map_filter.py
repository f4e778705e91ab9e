xs = [1, 2, 3, 4]
print(any(x > 3 for x in xs), all(x > 0 for x in xs), any([]), all([]))
print(list(map(str, xs)), list(map(lambda a, b: a * b, xs, xs)), list(filter(None, [0, 1, "", "a"])))
print(list(filter(lambda x: x % 2 == 0, xs)), sum(map(int, "123")))
