import numpy as np
a = np.array([1., 2., 3.])
print(np.allclose(a, a + 1e-9), np.allclose(a, a + 1e-3))
print(np.isclose(a, np.array([1., 2.1, 3.])))
print(np.array_equal(a, a.copy()), np.array_equal(a, a[:2]))
np.testing.assert_allclose(a, a + 1e-9)
print("close")
