import numpy as np
np.testing.assert_allclose(np.array([1.0, 2.0]), np.array([1.001, 2.0]), rtol=1e-2)
print("within")
np.testing.assert_allclose(np.arange(4.), np.array([0., 1., 2.5, 3.5]), atol=1e-5, rtol=1e-5)
