# np.lib.stride_tricks.sliding_window_view: a read-only view of the windows (axis=, repeated axes),
# as a convolution by windows uses it
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = np.arange(6)
v = sliding_window_view(x, 3)
print(v, v.shape, v.flags.writeable)
def write():
    v[0, 0] = 5
attempt(write)
x[2] = 20
print(v[:, -1], v.sum(axis=1))
m = np.arange(12).reshape(3, 4)
print(sliding_window_view(m, (2, 2)).shape, sliding_window_view(m, (2, 2))[1, 2], sliding_window_view(m, 2, axis=0).shape, sliding_window_view(m, 3, axis=-1)[2])
print(sliding_window_view(m, (2, 2), axis=(1, 1)).shape, sliding_window_view(m, (2, 2), axis=(1, 1))[0, 0])
img = np.arange(16.0).reshape(4, 4)
k = np.array([[1.0, 0.0], [0.0, -1.0]])
print(np.einsum("ijkl,kl->ij", sliding_window_view(img, k.shape), k))
w = np.lib.stride_tricks.sliding_window_view(np.arange(4), 2).copy()
w[0, 1] = 9
print(w, w.flags.writeable)
attempt(lambda: sliding_window_view(x, 7))
attempt(lambda: sliding_window_view(x, -1))
attempt(lambda: sliding_window_view(m, 2))
attempt(lambda: sliding_window_view(m, (2, 2), axis=0))
attempt(lambda: sliding_window_view(m, 2, axis=2))
print(sliding_window_view(x, 0).shape, sliding_window_view(np.array([[1.5, 2.5]], dtype=np.float32), (1, 2)).dtype)
