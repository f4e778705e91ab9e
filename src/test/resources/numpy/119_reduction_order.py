# sum/mean/var along each axis in NumPy 1.24's order: the trailing reduced axes pairwise, the others added row after row (float64 and float32)
import numpy as np
np.random.seed(0)
out = []
for shape in [(50, 5), (7, 3), (9, 3), (200, 4), (3, 200), (20, 30, 4), (4, 1, 300), (300, 1), (2, 3, 50), (130, 2), (10000, 2)]:
    for dt in [np.float64, np.float32]:
        X = (np.random.randn(*shape) * 3).astype(dt)
        axes = list(range(len(shape))) + [None]
        if len(shape) == 3:
            axes += [(0, 2), (0, 1), (1, 2)]
        for ax in axes:
            for f in ['sum', 'mean', 'var']:
                r = getattr(X, f)(axis=ax)
                out.append((shape, dt.__name__, ax, f, [float(v) for v in np.ravel(r)][:6]))
for o in out:
    print(o)
