xs = [5, 2, 9, 1, 5, 6]
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "c"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0]))
xs.reverse(); print(xs, list(reversed(xs)))
