# np.load(allow_pickle=True) of a pickled file (NumPy's pickle.load with encoding='ASCII'): arrays and Python values
# come back; without allow_pickle NumPy's ValueError, and bytes that are no pickle NumPy's UnpicklingError. Recorded
# from NumPy 1.24.
import os
import numpy as np

here = os.path.join(os.path.dirname(__file__), "files")
d = np.load(os.path.join(here, "arrays.pkl"), allow_pickle=True)
print(sorted(d), d['w'], d['y'], d['n'], d['w'].dtype, d['y'].dtype)
for f in [lambda: np.load(os.path.join(here, "arrays.pkl")),
          lambda: np.load(os.path.join(here, "not_pickle.bin"), allow_pickle=True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).replace(here, "<files>"))
