import numpy as np
a = np.array([[1., 2.], [3., 4.]])
print(a.tolist(), np.arange(3).tolist())
print(a[0, 1].item() if hasattr(a[0, 1], "item") else a[0, 1], a.sum().item() if hasattr(a.sum(), "item") else a.sum())
print(float(np.array([2.5])), int(np.array([3])))
print(len(a), list(np.arange(3)), [float(v) for v in np.array([1., 2.])])
for row in a:
    print(row)
