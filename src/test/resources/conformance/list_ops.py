a = [1, 2]; b = [3]
print(a + b, a * 2, 3 * b, [0] * 3, [[0] * 2] * 2, 2 in a, 5 not in a, a == [1, 2], a < [1, 3], [1, 2] < [1, 2, 0])
c = a; c += [9]; print(a, c is a)
d = a * 1; d.append(0); print(a, d)
print(len([]), [] == [], list("ab") + ["c"])
