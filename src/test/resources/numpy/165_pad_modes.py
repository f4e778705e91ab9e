# np.pad's modes as NumPy 1.24 pads (numpy/lib/arraypad.py): constant, edge, reflect, symmetric,
# wrap (a border wider than the axis is filled a period at a time, as 1.24 does), maximum and
# minimum, axis after axis so corners come from the earlier axes' borders; per-axis widths, ints
# and floats, and NumPy's errors. Also integer ** -1.0 warns as "power" (NumPy's reciprocal fast
# path is for float arrays only). Recorded from NumPy 1.24.
import warnings
import numpy as np

warnings.simplefilter("always")
a = np.arange(12).reshape(3, 4)
print(np.pad(a, 1), np.pad(a, ((1, 0), (0, 2)), mode='edge'), np.pad(a, 2, 'reflect'), np.pad(a, (1, 2), 'symmetric'))
print(np.pad(a, ((0, 1), (3, 1)), mode='wrap'), np.pad(a, 1, mode='maximum'), np.pad(a * 1.5, ((1, 1), (2, 0)), mode='minimum'))
for mode in ['edge', 'reflect', 'symmetric', 'wrap', 'maximum', 'minimum']:
    for n in [1, 2, 3, 5]:
        print(mode, n, [np.pad(np.arange(n) * 10, (b, e), mode=mode).tolist() for b, e in [(0, 0), (1, 0), (0, 2), (3, 4), (7, 11), (12, 1)]])
x = np.arange(2 * 3 * 2, dtype=np.float32).reshape(2, 3, 2)
print(np.pad(x, ((1, 0), (2, 3), (0, 1)), mode='reflect'), np.pad(x, 1, mode='wrap').dtype, np.pad(np.array([1., np.nan, 3.]), 1, mode='maximum'))
print(np.pad(np.ones((2, 2)), 1, constant_values=7), np.pad([1, 2], (1, 1), mode='reflect', reflect_type='even'), np.pad(np.zeros((0, 3)), ((0, 0), (1, 1)), mode='edge').shape)
print(np.arange(3) ** -1.0, np.array([-1]) ** 0.5, np.arange(3.) ** -1.0)


def show(text, f):
    try:
        print(text, f())
    except Exception as e:
        print(text, type(e).__name__, e)


show("mode='bogus'", lambda: np.pad(a, 1, mode='bogus'))
show("edge with constant_values", lambda: np.pad(a, 1, mode='edge', constant_values=3))
show("empty axis", lambda: np.pad(np.zeros((0, 3)), 1, mode='edge'))
show("wrap of empty", lambda: np.pad(np.zeros(0), (1, 0), mode='wrap'))
