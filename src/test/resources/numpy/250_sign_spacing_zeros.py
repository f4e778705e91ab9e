# np.sign and np.spacing at the edges (tester finding Z66): NumPy's sign loop gives 0.0 for -0.0 and nan for nan;
# spacing is the step away from zero in the array's own precision (float32's for float32), the smallest subnormal at
# either zero, nan at the infinities. Recorded from NumPy 1.24.
import numpy as np
print(np.sign(np.array([-0.0, 0.0, -1.5, float("nan"), 2.0, -np.inf])).tolist(), np.sign(np.float32(-0.0)), np.sign(-0.0))
x = np.array([-0.0, 0.0, 1.0, -1.0, 5e-324, -5e-324, float("inf"), float("-inf"), float("nan"), 1e308, -1e308, 3.5, -1e-300])
print(np.spacing(x).tolist())
print(np.spacing(x[:9].astype(np.float32)).tolist(), np.spacing(np.float32(1.0)), np.spacing(np.float32(-3e-39)))
print(np.spacing(1.0) == np.finfo(np.float64).eps, np.spacing(np.float32(1.0)) == np.finfo(np.float32).eps)
