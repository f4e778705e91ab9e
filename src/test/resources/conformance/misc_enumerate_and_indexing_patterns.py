xs = [10, 20, 30, 40]
for i in range(len(xs) - 1, -1, -1):
    print(i, xs[i], end="; ")
print()
print([x for i, x in enumerate(xs) if i % 2 == 0], xs[1::2], xs[len(xs) // 2])
pairs = [(i, j) for i in range(3) for j in range(i + 1, 3)]
print(pairs, len(pairs))
