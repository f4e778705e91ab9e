# A float32 array met by a Python number (or a 0-d float64) computes in float32: NumPy 1.24 casts the
# number to float32 first (value-based casting). Session 12's review: f // 0.3 gave 5 where NumPy gives 4.
import numpy as np
f = np.array([1.5, -2.5, 3.25, 0.7], dtype=np.float32)
print(f // 0.3)
print(f % 0.3)
print(np.fmod(f, 0.3), np.mod(f, 0.3))
print(np.divmod(f, 0.3))
print(f == 0.7, f < 0.7, f >= 0.7, np.float32(0.7) == 0.7)
print(f * 0.1, f + 1, f - np.float64(0.1), f / 3)
print(np.multiply(f, 0.1), np.add(f, 0.1))
i = np.array([1, 2, 3])
print(i * 0.1, i == 2.0, f * np.array([0.1, 0.2, 0.3, 0.4]))
