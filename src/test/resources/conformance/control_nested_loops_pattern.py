for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for row in range(3):
    print(" ".join(str(row * 3 + c) for c in range(3)))
