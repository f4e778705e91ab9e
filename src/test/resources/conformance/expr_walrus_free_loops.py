data = [3, 8, 1, 9, 4]
best = None
for d in data:
    if best is None or d > best:
        best = d
print(best)
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print(i)
