sq = {x: x * x for x in range(5)}
print(sq)
inv = {v: k for k, v in sq.items() if v > 3}
print(inv)
words = ["apple", "bob", "cat", "apple"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, {w: len(w) for w in words})
