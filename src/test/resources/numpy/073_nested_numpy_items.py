# np.array of lists holding NumPy arrays and scalars keeps their type, as NumPy promotes them
# (np.array([y[0], y[1]]) of uint8 labels is uint8; a list of float32 arrays stays float32).
import numpy as np
y = np.array([7, 2], np.uint8)
f = np.array([0.5, 1.5], np.float32)
print(repr(np.array([y[0], y[1]])), repr(np.array([f[0], f[1]])), repr(np.array([f[0], 2.0])), repr(np.array([y[0], 300])), repr(np.array([y, y])), repr(np.array([f, f])))
print(repr(np.stack([y[0], y[1]])), repr(np.array([[y[0]], [y[1]]])), repr(np.array([np.int32(1), np.uint8(2)])), repr(np.array(y[0])), repr(np.asarray([f[1]])))
print(repr(np.array([y[0], True])), repr(np.array([np.float32(1), 1])), [x for x in y], list(y), sum(y), max(y), sorted(y), type(sum(y)))
