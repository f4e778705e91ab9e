# torch.distributions' expand(batch_shape), enumerate_support(expand=) (Bernoulli, Categorical,
# OneHotCategorical, Binomial), has_enumerate_support, Bernoulli's and Categorical's mode,
# Independent with a negative or fractional reinterpreted_batch_ndims, an empty OneHotCategorical,
# sample shapes torch.Size refuses; nn.init of an int64 tensor, orthogonal_'s gain, CyclicLR's
# zero step sizes and CosineAnnealingWarmRestarts.step of a str, as PyTorch 1.13 words them.
import torch
from torch import nn
from torch.distributions import Bernoulli, Binomial, Categorical, Dirichlet, Exponential, Independent, Normal, OneHotCategorical, Beta, Gamma
from torch.optim import lr_scheduler as L
torch.set_default_dtype(torch.float64)


def t(f):
    try:
        r = f()
        print("ok", r.tolist() if torch.is_tensor(r) else r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))


for d in [Bernoulli(torch.tensor([0.3, 0.5, 0.9])), Categorical(torch.tensor([[0.2, 0.8], [0.6, 0.4]])),
          OneHotCategorical(torch.tensor([[0.2, 0.8], [0.6, 0.4]])), Binomial(3, torch.tensor([0.2, 0.7]))]:
    print(type(d).__name__, d.has_enumerate_support, d.enumerate_support().tolist(), d.enumerate_support(expand=False).shape, d.mode.tolist())
    print(d.log_prob(d.enumerate_support()).exp().sum(0).tolist())
t(lambda: Binomial(torch.tensor([3., 4.]), torch.tensor([0.2, 0.7])).enumerate_support())
print(Bernoulli(logits=torch.tensor(0.)).mode, Categorical(logits=torch.tensor([1., 3., 2.])).mode)
n = Normal(torch.tensor(0.), torch.tensor(1.)).expand([3, 2])
print(n, n.batch_shape, n.sample().shape, n.log_prob(torch.zeros(3, 2)).shape, n.loc.shape)
b = Bernoulli(torch.tensor([0.3, 0.6])).expand((4, 2))
print(b, b.batch_shape, b.probs.shape, b.entropy().shape)
c = Categorical(torch.tensor([0.2, 0.8])).expand((3,))
print(c, c.batch_shape, c.probs.shape, c.sample().shape)
i = Independent(Normal(torch.zeros(2), torch.ones(2)), 1).expand((5,))
print(i, i.batch_shape, i.event_shape, i.base_dist.batch_shape, i.log_prob(torch.zeros(2)).shape)
o = OneHotCategorical(torch.tensor([0.5, 0.5])).expand((3,))
print(o.batch_shape, o.event_shape, o.sample().shape)
for d in [Exponential(torch.tensor(2.)).expand((2,)), Gamma(torch.tensor(2.), torch.tensor(3.)).expand((2,)), Beta(torch.tensor(2.), torch.tensor(3.)).expand((2,)),
          Dirichlet(torch.tensor([1., 2.])).expand((2,)), Binomial(5, torch.tensor(0.3)).expand((2,))]:
    print(d, d.batch_shape, d.mean.tolist(), d.variance.tolist())
t(lambda: Normal(torch.zeros(2), torch.ones(2)).expand((3,)))
t(lambda: Normal(torch.zeros(2), torch.ones(2)).expand((3, "a")))
for k in [-1, -2, 0]:
    d = Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), k)
    print(k, d, d.batch_shape, d.event_shape, d.log_prob(torch.zeros(2, 3)).shape, d.entropy().shape)
t(lambda: Independent(Normal(torch.zeros(2), torch.ones(2)), 1.5))
t(lambda: Independent(Normal(torch.zeros(2), torch.ones(2)), 0.5))
t(lambda: OneHotCategorical(torch.tensor([])))
t(lambda: Categorical(torch.ones(2, 0)))
t(lambda: Exponential(torch.tensor(1.)).sample("a"))
t(lambda: Exponential(torch.tensor(1.)).sample((-1,)))
t(lambda: Exponential(torch.tensor(1.)).sample(3))
t(lambda: OneHotCategorical(torch.tensor([0.5, 0.5])).sample((2.5,)))
t(lambda: nn.init.trunc_normal_(torch.empty(2, dtype=torch.int64)))
t(lambda: nn.init.orthogonal_(torch.empty(2, 2, dtype=torch.int64)))
t(lambda: nn.init.uniform_(torch.empty(2, dtype=torch.int64)))
t(lambda: nn.init.normal_(torch.empty(2, dtype=torch.int64)))
t(lambda: nn.init.kaiming_uniform_(torch.empty(2, 2, dtype=torch.int64)))
t(lambda: nn.init.xavier_normal_(torch.empty(2, 2, dtype=torch.int64)))
t(lambda: nn.init.orthogonal_(torch.empty(2, 2), gain="a"))
opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, momentum=0.9)
t(lambda: L.CyclicLR(opt, base_lr=0.1, max_lr=0.01, step_size_up=0))
t(lambda: L.CosineAnnealingWarmRestarts(opt, T_0=2).step("a"))
t(lambda: L.CosineAnnealingWarmRestarts(opt, T_0=2).step(-1))
for kw in [dict(std=float("nan")), dict(a=float("nan")), dict(b=float("nan")), dict(mean=float("nan")), dict(std=0.), dict(a=float("-inf"), b=float("inf"))]:
    t(lambda: nn.init.trunc_normal_(torch.empty(3), **kw).shape)
t(lambda: torch.empty(2).uniform_(float("nan"), 1))
t(lambda: torch.empty(2).uniform_(0, float("inf")))
t(lambda: torch.empty(2).uniform_(0, 1e300).shape)
t(lambda: nn.init.uniform_(torch.empty(2), 0, float("inf")))
