# np.random.choice with p= (the legacy generator's draws), RandomState, get_state/set_state, exponential/poisson/binomial/multinomial/lognormal/laplace
import numpy as np
np.random.seed(231)
print(np.random.choice([10, 20, 30], size=5, p=[0.5, 0.3, 0.2]))
print(np.random.choice(5, 3, p=[0.1, 0, 0.3, 0.6, 0]), np.random.choice(5, p=[0.1, 0, 0.3, 0.6, 0]))
print(np.random.choice(5, 3, replace=False, p=[0.1, 0, 0.3, 0.6, 0]))
print(np.random.choice(np.array([1.5, 2.5, 3.5]), size=(2, 3), p=np.array([0.2, 0.2, 0.6])))
print(np.random.choice(10, 6, replace=False, p=np.arange(10) / 45))
p = np.exp(np.arange(5.)) / np.exp(np.arange(5.)).sum()
print([np.random.choice(range(5), p=p.ravel()) for _ in range(10)])
for kw in [dict(p=[0.5, 0.6]), dict(p=[0.5, 0.3, 0.3]), dict(p=[-0.5, 1.0, 0.5]), dict(p=[[0.5, 0.5]]), dict(p=[np.nan, 0.5, 0.5]), dict(size=3, replace=False, p=[1, 0, 0])]:
    try:
        print(np.random.choice(3, **kw))
    except ValueError as e:
        print('ValueError', e)
rs = np.random.RandomState(0)
print(rs, type(rs).__name__, isinstance(rs, np.random.RandomState), rs.rand(2), rs.randint(5, size=3), rs.randn(2))
np.random.seed(0)
print(np.random.rand(2), np.random.randint(5, size=3), np.random.randn(2))
print(np.random.RandomState(0).choice(5, 3, p=[0.1, 0, 0.3, 0.6, 0]), np.random.RandomState(1).permutation(5), np.random.RandomState(2).normal(1, 2, 3))
r2 = np.random.RandomState(5)
r2.seed(0)
print(r2.uniform(size=2), r2.random_sample(), np.random.RandomState().rand(3).shape)
np.random.seed(0)
s = np.random.get_state()
print(s[0], s[1][:3], s[1].dtype, s[2:], len(s[1]))
np.random.randn()
s = np.random.get_state()
print(s[2:])
a = np.random.rand(3)
np.random.set_state(s)
print(np.array_equal(a, np.random.rand(3)), np.random.get_state(legacy=False)['bit_generator'])
print(rs.get_state()[2])
try:
    np.random.set_state(('X', s[1], 0))
except ValueError as e:
    print('ValueError', e)
for bad in [-1, 2 ** 32, 1.5]:
    try:
        np.random.RandomState(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
np.random.seed(0)
print(np.random.exponential(1.0, 2), np.random.exponential(), np.random.standard_exponential(3))
print(np.random.poisson(3, 10), np.random.poisson(50, 5), np.random.poisson(0.5), np.random.poisson(lam=1000.5, size=3))
print(np.random.binomial(10, 0.5, 10), np.random.binomial(100, 0.3, 5), np.random.binomial(1000, 0.9, 5), np.random.binomial(5, 0.99, 3), np.random.binomial(3, 0.2))
print(np.random.multinomial(20, [1 / 6.] * 6), np.random.multinomial(100, [0.2, 0.3, 0.5], size=2))
print(np.random.lognormal(0, 1, 3), np.random.laplace(0, 1, 3))
for call in [lambda: np.random.poisson(-1), lambda: np.random.binomial(5, 1.5), lambda: np.random.binomial(-1, 0.5), lambda: np.random.exponential(-1)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
