import numpy as np
np.testing.assert_allclose(np.ones(2), np.ones(3))
