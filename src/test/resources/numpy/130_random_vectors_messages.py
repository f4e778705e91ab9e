# S22: dirichlet and multivariate_normal of the legacy generator, np.random.mtrand, and choice/seed messages
import numpy as np


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


rs = np.random.RandomState(0)
t(lambda: rs.dirichlet([1, 2, 3]))
t(lambda: rs.dirichlet([0.5, 0.5], 3))
t(lambda: rs.dirichlet([0.1, 0.2, 0.3], (2, 2)))
t(lambda: rs.dirichlet([1, -1]))
t(lambda: rs.dirichlet([[1, 2]]))
t(lambda: rs.multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], 2))
t(lambda: rs.multivariate_normal([1, 2], [[2, 0.3], [0.3, 1]]))
t(lambda: rs.multivariate_normal([0, 0, 0], np.eye(3), (2, 2)).shape)
t(lambda: rs.multivariate_normal([0, 0], [[1, 0], [0, 1], [0, 0]]))
t(lambda: rs.multivariate_normal([0, 0, 0], [[1, 0], [0, 1]]))
t(lambda: rs.multivariate_normal([[0, 0]], [[1, 0], [0, 1]]))
t(lambda: rs.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid="raise"))
t(lambda: rs.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid="ignore"))
t(lambda: rs.multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid="bogus"))
np.random.seed(1)
print(np.random.dirichlet([1, 1]), np.random.multivariate_normal([0, 0], np.eye(2)))
c = np.array([[4.0, 1.2, 0.3], [1.2, 2.0, -0.4], [0.3, -0.4, 1.5]])
x = np.random.RandomState(3).multivariate_normal([1.0, -2.0, 0.5], c, size=500)
print(repr(x[:2]), repr(x.sum(axis=0)), repr(x.max()))
t(lambda: np.random.choice(0, 2))
t(lambda: np.random.choice(0, 0))
t(lambda: np.random.choice([], 2))
t(lambda: np.random.RandomState("a"))
t(lambda: np.random.mtrand.RandomState)
t(lambda: np.random.mtrand.RandomState(0).rand())
np.random.mtrand.seed(4)
print(np.random.rand(), np.random.mtrand.rand())
g = np.random.default_rng(0)
print(g.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2]), g.choice(["a", "b", "c", "d"], 2, replace=False, p=[0.4, 0.3, 0.2, 0.1]) if False else "",
      g.choice(np.arange(10) * 10, (2, 2), replace=False, p=np.ones(10) / 10))
t(lambda: g.choice(5, 3, replace=False, p=[0.5, 0.5, 0, 0, 0]))
t(lambda: np.random.default_rng(1).choice(6, 6, replace=False, p=[0.3, 0.3, 0.1, 0.1, 0.1, 0.1]))
