# T2: the NumPy quickstart's "Copies and Views" (a.view(), c.base is a, c.flags.owndata) and a.strides
import numpy as np

a = np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
b = a
print(b is a)
c = a.view()
print(c is a, c.base is a, c.flags.owndata, a.flags.owndata, a.base)
c = c.reshape((2, 6))
print(a.shape, c.base is a)
c[0, 4] = 1234
print(a)
s = a[:, 1:3]
s[:] = 10
print(a, s.base is a, s.flags.owndata)
d = a.copy()
print(d is a, d.base is a, d.base, d.flags.owndata)
d[0, 0] = 9999
print(a[0, 0])
e = np.arange(12).reshape(3, 4)
print(e.base, e.strides, e.T.strides, e[::2, 1::2].strides, e.T.base is e.base)
print(np.zeros((2, 3), dtype=np.float32).strides, np.ones(5, dtype=np.uint8).strides, np.array(3.0).strides)
print(np.broadcast_to(np.arange(3), (2, 3)).strides, e.ravel().base is e.base, e[1].base is e.base)
v = e.view()
v[0, 0] = -1
print(e[0, 0], v.flags.writeable, e.view(np.int64).shape)
r = e.ravel()
r[0] = 99
f = e.T.ravel()
f[1] = -7
print(e[0, :2], np.ravel(e)[0], e.ravel("F").base is None, e.flatten().base is None)
b = np.broadcast_to(np.arange(3), (2, 3))
print(b.flags.writeable, b.base is not None, b.sum(), b + 1)
try:
    b[0, 0] = 5
except ValueError as err:
    print(err)
g = np.arange(6).reshape(2, 3)
t = g.T.ravel()
t[0] = 100
print(g[0, 0], t.base is None, g[1:].ravel().base is g, np.arange(4)[[]], g[[]].shape, np.arange(4).flat[[]])
