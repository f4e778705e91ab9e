# Filling an array entry by entry (CS231n's compute_distances_two_loops, a[i] = ..., a[i, j] += ...,
# out[:, k] = ..., writes through a view) writes in place: the views see every write, copies and
# earlier results do not, and reading between writes sees the latest values.
import numpy as np

X = np.arange(12.0).reshape(4, 3) / 4
X_train = np.arange(15.0).reshape(5, 3)[::-1] / 5
dists = np.zeros((4, 5))
row = dists[1]
col = dists[:, 2]
before = dists.copy()
for i in range(4):
    for j in range(5):
        dists[i, j] = np.sqrt(np.sum((X[i] - X_train[j]) ** 2))
print(dists.round(6))
print(row.round(6), col.round(6), before.sum())

a = np.zeros(6)
v = a[1:5]
rev = a[::-1]
snap = a + 0
for i in range(1, 6):
    a[i] = a[i - 1] + i
print(a, v, rev, snap)
v[0] = -1
rev[0] = 100
print(a, v.sum(), rev[:2])

c = a.copy()
for i in range(6):
    a[i] += 10 * i
    c[i] -= 1
print(a, c)

m = np.ones((3, 4), dtype=np.int64)
t = m.T
for k in range(4):
    m[:, k] = k * 2.7
    m[0, k] += 1
print(m, t[2], m.dtype)

b = np.arange(8.0)
b[1:] = b[:-1]
print(b)
b[::2] = b[1::2] * 10
print(b)
flat = b.reshape(2, 4)
flat[1, 1:3] = [7, 8]
print(b, flat[1])
idx = np.array([0, 0, 3])
b[idx] = [1, 2, 3]
print(b)
b[b > 5] = 0
print(b, flat)
try:
    b[8] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    dists[1, 5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    m[0] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(b, m[0])
