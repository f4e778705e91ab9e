# Found by the session 3 review: NumPy scalars as dict keys and set items, arrays unhashable,
# exact log2, tile/repeat/sort/concatenate edge cases, np.dot with scalars, AxisError and the
# casting error caught by their Python bases, arrays as tensor indices.
import numpy as np
import torch

print({np.float32(1.0): 'a'}.get(1), len({np.float32(0.5), 0.5}), {np.float32(0.1): 1}.get(np.float32(0.1)))
try:
    {np.ones(2): 1}
except TypeError as e:
    print("TypeError:", e)
print(np.log2(np.array([2.0 ** 29, 8.0, 0.5])).tolist())
for f in (lambda: np.tile(np.ones(2), -1), lambda: np.repeat(np.ones(2), -1)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(np.tile(np.ones(2), 0), np.repeat(np.ones((2, 2)), 0, axis=1).shape)
print(np.sort(np.array([[3., 1.], [2., 0.]]), axis=None))
print(np.concatenate([np.ones((2, 2)), np.zeros(3)], axis=None))
print(np.dot(np.ones(2), 3), np.dot(3, 4), np.dot(2.5, np.arange(3)))
try:
    np.random.choice([])
except ValueError as e:
    print("ValueError:", e)
for handler in ("ValueError", "IndexError"):
    try:
        np.ones(2).sum(axis=3)
    except (ValueError if handler == "ValueError" else IndexError) as e:
        print(handler, "catches", type(e).__name__ + ":", e)
a = np.arange(3)
try:
    a += 1.5
except TypeError as e:
    print("TypeError catches", type(e).__name__)
print(np.float32(2) * torch.tensor([1.0]))
X = torch.arange(10.).reshape(5, 2)
print(X[np.array([4, 0])])
print(X[np.array([True, False, True, False, False])])
print(torch.ones(2)[None])
