# a.tobytes(order=) (and the deprecated tostring) as NumPy lays the bytes out ('A': a transpose in Fortran order), read
# back by np.frombuffer; np.float16 named as not offered; np.pad's modes mean, median (stat_length=, integers rounded
# half to even), linear_ramp (end_values=, NumPy's linspace steps), empty, reflect_type='odd' and per-axis
# constant_values, as NumPy 1.24's arraypad.py pads. Recorded from NumPy 1.24.
import numpy as np
import warnings
warnings.simplefilter("ignore")
a = np.arange(6, dtype=np.int16).reshape(2, 3)

def show(text, f):
    try:
        print(text, repr(f()))
    except Exception as e:
        print(text, type(e).__name__, e)

show('a.tobytes()', lambda: a.tobytes())
show("a.tobytes('F')", lambda: a.tobytes('F'))
show("a.T.tobytes('A')", lambda: a.T.tobytes('A'))
show('a.T.tobytes()', lambda: a.T.tobytes())
show('np.float32(1.5).tobytes()', lambda: np.float32(1.5).tobytes())
show('np.array(True).tobytes()', lambda: np.array(True).tobytes())
show('a[:, ::2].tobytes()', lambda: a[:, ::2].tobytes())
show("a.tobytes('X')", lambda: a.tobytes('X'))
show('a.tobytes(order=None)', lambda: a.tobytes(order=None))
show('a.T.tobytes(order=None)', lambda: a.T.tobytes(order=None))
show("a.T.tobytes('K')", lambda: a.T.tobytes('K'))
show("a.T[::-1].tobytes('K')", lambda: a.T[::-1].tobytes('K'))
show("a.T[::-1].tobytes('A')", lambda: a.T[::-1].tobytes('A'))
show("a.T.tostring('F')", lambda: a.T.tostring('F'))
show('np.frombuffer(a.tobytes(), dtype=np.int16).reshape(2, 3)', lambda: np.frombuffer(a.tobytes(), dtype=np.int16).reshape(2, 3))
show('np.frombuffer(np.array([1.5, -2.], dtype=np.float32).tobytes(), dtype=np.float32)', lambda: np.frombuffer(np.array([1.5, -2.], dtype=np.float32).tobytes(), dtype=np.float32))
show('np.array([200, 3], dtype=np.uint8).tobytes()', lambda: np.array([200, 3], dtype=np.uint8).tobytes())
show('np.array([-1, 70000], dtype=np.int64).tobytes()', lambda: np.array([-1, 70000], dtype=np.int64).tobytes())
show('(np.array([2**62], dtype=np.uint64) * 2 + 2048).tobytes()', lambda: (np.array([2**62], dtype=np.uint64) * 2 + 2048).tobytes())
show('np.array([[1, 2]]).tobytes()[:8]', lambda: np.array([[1, 2]]).tobytes()[:8])
show('np.frombuffer(np.array([1., np.nan, -0.]).tobytes())', lambda: np.frombuffer(np.array([1., np.nan, -0.]).tobytes()))
print(np.float16)
warnings.simplefilter("ignore")
a = np.arange(12).reshape(3, 4)
f = np.array([[1.5, -2., 4.25, 7.], [0.1, 0.2, 0.3, 9.], [5., -1., 2.5, 3.]])
for mode in ['mean', 'median', 'maximum', 'minimum']:
    for sl in [None, 1, 2, (1, 3), ((1, 2), (3, 1)), 10, 2.6]:
        print(mode, sl, np.pad(a, ((2, 1), (1, 3)), mode=mode, stat_length=sl).tolist(), np.pad(f, 2, mode=mode, stat_length=sl).tolist())
    print(mode, np.pad(f.astype(np.float32), (1, 2), mode=mode).tolist(), np.pad(np.array([1, 2, 4, 7]), 3, mode=mode).tolist(), np.pad(np.arange(1, 11) * 0.1, 2, mode=mode, stat_length=9).tolist())
for ev in [0, 5, (1, -2), ((1, 2), (3, 4)), 2.5]:
    print('ramp', ev, np.pad(a, ((2, 1), (1, 3)), mode='linear_ramp', end_values=ev).tolist(), np.pad(f, 3, mode='linear_ramp', end_values=ev).tolist())
print(np.pad(np.array([1., 1., 1.]), 4, 'linear_ramp', end_values=1), np.pad(f.astype(np.float32), 2, 'linear_ramp', end_values=(0.1, 0.3)), np.pad(np.array([5, 5], dtype=np.uint8), 3, 'linear_ramp', end_values=(0, 200)))
for mode in ['reflect', 'symmetric']:
    for n in [1, 2, 3, 5]:
        print(mode, n, [np.pad(np.arange(n) ** 2, (b, e), mode=mode, reflect_type='odd').tolist() for b, e in [(0, 0), (1, 0), (0, 2), (3, 4), (7, 11), (12, 1)]])
    print(np.pad(f, ((1, 2), (3, 1)), mode=mode, reflect_type='odd'), np.pad(np.array([1, 200, 3], dtype=np.uint8), 4, mode=mode, reflect_type='odd'))
print(np.pad(a, 1, mode='empty')[1:-1, 1:-1], np.pad(a, 1, mode='empty').shape, np.pad(np.zeros((0, 3)), 1, mode='empty').shape, np.pad(a, ((1, 2), (0, 1)), constant_values=((7, 8), (9, 10))))




show("stat 0 max", lambda: np.pad(a, 1, mode='maximum', stat_length=0))
show("stat -1", lambda: np.pad(a, 1, mode='mean', stat_length=-1))
show("stat 0 mean", lambda: np.pad(f, 1, mode='mean', stat_length=0))
show("empty axis mean", lambda: np.pad(np.zeros((0, 3)), 1, mode='mean'))
show("bad end_values", lambda: np.pad(a, 1, mode='linear_ramp', end_values=(1, 2, 3)))
show("reflect_type with edge", lambda: np.pad(a, 1, mode='edge', reflect_type='odd'))
show("median nan", lambda: np.pad(np.array([1., np.nan, 3.]), 1, mode='median'))
