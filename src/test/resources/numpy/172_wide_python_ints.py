# np.array of Python ints from 2^63 up as NumPy 1.24 types them: uint64 alone (or with bools), float64 beside other
# ints or floats (NumPy promotes uint64 with int64 so); dtype= casts. Recorded from NumPy 1.24.
import numpy as np

def show(text, f):
    try:
        print(text, repr(f()))
    except Exception as e:
        print(text, type(e).__name__, e)

show('np.array([2**63])', lambda: np.array([2**63]))
show('np.array([2**63, 1])', lambda: np.array([2**63, 1]))
show('np.array([2**63, -1])', lambda: np.array([2**63, -1]))
show('np.array([[2**63], [3]])', lambda: np.array([[2**63], [3]]))
show('np.array([2**63 + 2048], dtype=np.uint64)', lambda: np.array([2**63 + 2048], dtype=np.uint64))
show('np.array([2**63, 1.5])', lambda: np.array([2**63, 1.5]))
show('np.array([2**63], dtype=float)', lambda: np.array([2**63], dtype=float))
show('np.array([2**63, True])', lambda: np.array([2**63, True]))
show('np.array((2**63, 2**64 - 4096))', lambda: np.array((2**63, 2**64 - 4096)))
show('np.array([2**63 + 2048], dtype=np.uint64).tobytes()', lambda: np.array([2**63 + 2048], dtype=np.uint64).tobytes())
