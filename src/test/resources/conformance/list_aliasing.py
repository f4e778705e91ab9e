a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
b.append(4)
c[1].append(5)
print(a, b, c, d, a is b, a is c, a == c)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
n = [[0] * 2] * 2
n[0][0] = 1
print(m, n)
