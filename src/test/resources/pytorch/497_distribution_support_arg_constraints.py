# torch.distributions' support and arg_constraints as PyTorch 1.13 prints them, and the
# constraints' check(value) (elementwise, or one answer per event for Simplex(), OneHot(),
# IndependentConstraint(..., 1)); the base class's NotImplementedError.
import torch
from torch.distributions import *
torch.set_default_dtype(torch.float64)


def t(f):
    try:
        r = f()
        print("ok", r.tolist() if torch.is_tensor(r) else r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))


ds = [Normal(0., 1.), Bernoulli(torch.tensor([0.3, 0.5])), Categorical(torch.tensor([0.2, 0.8])), Uniform(0., 2.), Uniform(torch.tensor([0., 1.]), torch.tensor([1., 3.])),
      Multinomial(10, torch.tensor([0.2, 0.8])), Exponential(torch.tensor(1.)), Gamma(torch.tensor([1., 2.]), torch.tensor([1., 1.])),
      Beta(torch.tensor(1.), torch.tensor(2.)), Dirichlet(torch.tensor([1., 2.])), Poisson(torch.tensor(3.)), OneHotCategorical(torch.tensor([0.5, 0.5])),
      Independent(Bernoulli(torch.tensor([0.5, 0.5])), 1), Independent(Normal(torch.zeros(2, 3), 1.), 2), Independent(Normal(torch.zeros(2), 1.), 0),
      Laplace(0., 1.), LogNormal(0., 1.), Geometric(torch.tensor(0.3)), Binomial(10, torch.tensor([0.2, 0.7])), Binomial(10, torch.tensor(0.2)),
      Bernoulli(logits=torch.tensor(0.))]
for d in ds:
    print(type(d).__name__, d.support, d.arg_constraints, d.support.event_dim)
x = torch.tensor([[-1., 0., 0.5], [1., 2., float("nan")]])
for d in [Normal(0., 1.), Exponential(1.), Gamma(1., 1.), Beta(1., 1.), Poisson(1.), Bernoulli(0.5), LogNormal(0., 1.), Uniform(0., 1.), Binomial(2, torch.tensor(0.5)),
          Categorical(torch.tensor([0.2, 0.3, 0.5])), Independent(Normal(torch.zeros(3), 1.), 1)]:
    print(type(d).__name__, d.support.check(x).tolist())
print(Dirichlet(torch.tensor([1., 2.])).support.check(torch.tensor([[0.3, 0.7], [0.5, 0.6], [-0.5, 1.5]])).tolist())
print(OneHotCategorical(torch.tensor([0.5, 0.5])).support.check(torch.tensor([[0., 1.], [1., 1.], [0.5, 0.5]])).tolist())
print(Multinomial(3, torch.tensor([0.5, 0.5])).support.check(torch.tensor([[1., 2.], [2., 2.], [-1., 1.]])).tolist())
print(Categorical(torch.tensor([0.2, 0.8])).arg_constraints["probs"].check(torch.tensor([[0.2, 0.8], [0.5, 0.6]])).tolist())
t(lambda: Uniform(0., 1.).arg_constraints["low"].check(torch.tensor(0.5)))
t(lambda: torch.distributions.Distribution().support)
t(lambda: Independent(Normal(torch.zeros(2), 1.), -1).support)
m = MultivariateNormal(torch.zeros(2), torch.eye(2))
print(m.support, m.arg_constraints, m.support.event_dim, m.arg_constraints["covariance_matrix"].event_dim)
print(m.arg_constraints["covariance_matrix"].check(torch.stack([torch.eye(2), torch.tensor([[1., 2.], [2., 1.]]), torch.tensor([[1., 0.5], [0., 1.]])])).tolist())
print(m.arg_constraints["scale_tril"].check(torch.stack([torch.eye(2), torch.tensor([[1., 0.], [2., 1.]]), torch.tensor([[1., 0.5], [0., 1.]]), torch.tensor([[-1., 0.], [0., 1.]])])).tolist())
print(m.support.check(torch.tensor([[0., 1.], [float("nan"), 0.]])).tolist())
