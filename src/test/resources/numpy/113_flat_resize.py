# a.flat as an iterator and an assignment target (values repeat), a.resize in place, np.resize (NumPy quickstart)
import numpy as np
b = np.arange(12).reshape(3, 4) * 10
print(list(b.flat)[:5], type(list(b.flat)[0]).__name__)
for v in b[:1].flat:
    print(v, end=' ')
print()
print(len(b.flat), b.flat[3], b.flat[[1, 2]], b.flat[2:5], repr(b.flat.copy()))
f = b.flat
print(next(f), next(f), f.index, f.coords, iter(f) is f, f.base is b)
a = np.zeros((2, 3))
a.flat = 7
print(a)
a.flat = [1, 2]
print(a)
a.flat[:] = [5, 6, 7, 8]
print(a)
a.flat[::2] = -1
print(a)
a.flat = []
print(a)
print(sum(x for x in a.flat), [float(x) for x in np.array([1.5, 2.5]).flat])
print(np.arange(4.).flat[-1], type(np.arange(4.).flat).__name__)
print(list(np.arange(6).reshape(2, 3).T.flat))
i = np.arange(3)
i.flat = [1.7, -2.2]
print(i)
try:
    b.flat[20]
except IndexError as e:
    print('IndexError', e)
a = np.floor(10 * np.arange(12.).reshape(3, 4) / 7)
a.resize((2, 6))
print(a)
c = np.arange(4)
print(c.resize(2, 3), c.shape)
print(c)
d = np.arange(5.)
d.resize(3)
print(d)
e = np.arange(3)
e.resize(5, refcheck=False)
print(e)
print(np.resize(np.arange(5), (3, 4)))
print(np.resize([1, 2, 3], 7), repr(np.resize(np.array([]), 3)), repr(np.resize(np.arange(3.), 0)))
for call in [lambda: np.arange(12).reshape(3, 4).resize(2, 2), lambda: np.arange(3).resize(-1), lambda: np.resize(np.arange(3), (-1, 2))]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
q = np.arange(6.)
print(q.ravel(), q.reshape(2, 3).T.shape)
q.resize((2, 4))
print(q)
