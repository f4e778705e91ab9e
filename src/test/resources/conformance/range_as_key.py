# Ranges as dict keys and set items: equal ranges (the same items) are one key, as CPython's
# range_hash and range_richcompare make them: the length, the start if there are items, the step
# if there are two or more.
seen = {range(3): "a", range(5, 5): "empty", range(2, 3): "one"}
print(seen[range(0, 3, 1)], seen[range(0)], seen[range(9, 9, -2)], seen[range(2, 3, 7)])
print(len({range(0), range(4, 4), range(1, 1, 3)}), len({range(0, 10, 2), range(0, 9, 2), range(0, 10, 3)}))
print(hash(range(3)) == hash(range(0, 3)), hash(range(10, 0, -3)) == hash(range(10, -1, -3)), hash(range(3)))
print(hash(range(7)), hash(range(1, 100, 7)), hash(range(-5, 5)))
print(range(0) == range(4, 4), range(2, 3) == range(2, 3, 5), range(0, 3) != range(0, 4))
print(range(3) in {range(0, 3): 1}, (3, 0, 1) in {range(3): 1}, {range(3): 1}.get((3, 0, 1)))
counts = {}
for r in [range(3), range(0, 3), range(1, 4), range(0, 3, 1)]:
    counts[r] = counts.get(r, 0) + 1
print(counts)
