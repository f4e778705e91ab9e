# S27: flatiter keys NumPy refuses, apply_along_axis over an empty axis, correlate/convolve of
# 0-d and 2-d inputs, np.r_ of slices without a stop, resize and vectorize messages
import numpy as np


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = np.arange(6).reshape(2, 3)
for key in ["a", None, 1.5, (1, 2), (Ellipsis,), np.array(1.5), np.array([1.0, 2.0])]:
    t(lambda: a.flat[key])
t(lambda: a.flat[(1,)])
t(lambda: a.flat[(slice(None),)])
t(lambda: a.flat[...])
t(lambda: a.flat[np.int64(4)])
b = a.copy()
t(lambda: b.flat.__setitem__(slice(None), [1, 2]))
print(b)
t(lambda: b.flat.__getitem__(2))
for key in [None, 1.5]:
    try:
        b.flat[key] = 7
    except IndexError as e:
        print("IndexError:", e)
b.flat[(1,)] = 9
print(b)

t(lambda: np.apply_along_axis(np.sum, 0, np.zeros((0, 3))))
t(lambda: np.apply_along_axis(np.sum, 0, np.zeros((0, 3), dtype=int)))
t(lambda: np.apply_along_axis(lambda r: r * 2, 0, np.zeros((0, 3))))
t(lambda: np.apply_along_axis(len, 1, np.zeros((2, 0))))
t(lambda: np.apply_along_axis(np.sum, 1, np.zeros((0, 3))))

t(lambda: np.correlate(np.ones((2, 2)), [1]))
t(lambda: np.correlate([1], np.ones((2, 2))))
t(lambda: np.correlate(5, [1, 2]))
t(lambda: np.correlate([], [1]))
t(lambda: np.correlate([1], []))
t(lambda: np.correlate([1, 2, 3], [0, 1, 0.5]))
t(lambda: np.convolve(np.ones((2, 2)), [1]))
t(lambda: np.convolve(5, [1, 2]))
t(lambda: np.convolve([], [1]))
t(lambda: np.convolve([1], []))

t(lambda: np.r_[::2])
t(lambda: np.r_[3:])
t(lambda: np.r_[3::2])
t(lambda: np.r_[-3:])
t(lambda: np.r_[1.5:])
t(lambda: np.r_[[1], 2:])
t(lambda: np.c_[3:])
t(lambda: np.mgrid[3:])
t(lambda: np.ogrid[2:])

t(lambda: a.copy().resize("a"))
t(lambda: a.copy().resize(2.5))
t(lambda: a.copy().resize((2.5,)))
t(lambda: a.copy().resize(("a", 2)))
t(lambda: a.copy().resize(None))
t(lambda: np.resize(a, (2.5,)))
t(lambda: np.resize(a, (2, 2.5)))
t(lambda: np.resize(a, 2.5))
t(lambda: np.resize(a, "a"))
t(lambda: np.resize(a, None))
t(lambda: np.resize(a, -1))
t(lambda: np.resize(a, [2, np.int64(2)]))

t(lambda: np.vectorize(lambda x, y: x)(np.ones(2), np.ones(3)))
t(lambda: np.vectorize(lambda x, y, z: x)(np.ones(2), np.ones(3), np.ones(2)))
v = np.vectorize(5)
print(type(v).__name__)
t(lambda: v(1))
