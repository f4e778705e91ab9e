a = [1, 2, 3]
print([v*2 for v in a])
