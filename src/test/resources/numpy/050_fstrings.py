import numpy as np
a = np.array([0.25, 0.5, 1.0])
print(f"mean {np.mean(a):.3f}, sum {a.sum()}, max {a.max():.1f}")
print("loss %.4f" % np.linalg.norm(a))
print(f"{a}")
print(str(a), [a.shape])
