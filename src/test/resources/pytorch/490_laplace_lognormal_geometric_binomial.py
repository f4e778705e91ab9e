# torch.distributions.Laplace, LogNormal, Geometric and Binomial (its sample refused): their draws under manual_seed (float64 and
# PyTorch's float32 default), log_prob (with gradients), cdf/icdf, entropy, mean, mode, variance,
# stddev, reprs and checks; kl_divergence of Laplace/Laplace, Laplace/Normal, Normal/Laplace,
# Geometric/Geometric, Binomial/Binomial, LogNormal/LogNormal and Laplace's infinite pairs.
import torch
from torch.distributions import Laplace, LogNormal, Geometric, Binomial, Normal, Uniform, TransformedDistribution, kl_divergence


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


torch.manual_seed(0)
print([round(v, 5) for v in Laplace(0., 1.).sample((5,)).tolist()], [round(v, 5) for v in Geometric(0.3).sample((6,)).tolist()],
      [round(v, 5) for v in LogNormal(0., 0.5).sample((4,)).tolist()])
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
loc = torch.tensor([0.5, -1.0], requires_grad=True); scale = torch.tensor([1.0, 2.0], requires_grad=True)
d = Laplace(loc, scale)
print(d, Laplace(0., 1.), d.batch_shape, d.mean, d.mode, d.variance, d.stddev, d.entropy())
s = d.rsample((3,))
print(s, d.sample())
x = torch.tensor([0.0, 1.5])
lp = d.log_prob(x)
print(lp, d.cdf(x), d.icdf(torch.tensor([0.2, 0.9])))
(lp.sum() + s.sum()).backward()
print(loc.grad, scale.grad)
ln = LogNormal(torch.tensor([0.0, 0.5]), torch.tensor([0.5, 1.0]))
print(ln, isinstance(ln, TransformedDistribution), ln.loc, ln.scale, ln.mean, ln.mode, ln.variance, ln.entropy(), ln.batch_shape, ln.has_rsample)
print(ln.log_prob(torch.tensor([1.0, 2.5])), ln.rsample((2,)), ln.sample())
g = Geometric(torch.tensor([0.2, 0.7]))
print(g, g.mean, g.mode, g.variance, g.logits, g.entropy(), g.log_prob(torch.tensor([0., 3.])), g.sample((3,)))
print(Geometric(logits=torch.tensor(0.5)).probs, Geometric(1.0).log_prob(torch.tensor(0.)), Geometric(1.0).log_prob(torch.tensor(2.)))
print(kl_divergence(Laplace(0., 1.), Laplace(torch.tensor([0.5, -1.]), 2.)), kl_divergence(Laplace(0.5, 1.5), Normal(0., 2.)),
      kl_divergence(Normal(0.5, 1.5), Laplace(0., 2.)), kl_divergence(Geometric(0.3), Geometric(torch.tensor([0.5, 0.1]))),
      kl_divergence(LogNormal(0., 1.), LogNormal(1., 2.)), kl_divergence(Laplace(0., 1.), Uniform(0., 1.)))
for bad in [lambda: Laplace(0., -1.), lambda: Geometric(0.), lambda: Geometric(1.5), lambda: Geometric(), lambda: LogNormal(0., 1.).log_prob(torch.tensor(-1.)),
            lambda: Geometric(0.5).log_prob(torch.tensor(0.5)), lambda: kl_divergence(LogNormal(0., 1.), Normal(0., 1.))]:
    show(bad)
p = torch.tensor([0.2, 0.7], requires_grad=True)
b = Binomial(10, p)
print(b, b.total_count, b.batch_shape, b.mean, b.mode, b.variance, b.logits)
lp = b.log_prob(torch.tensor([3., 7.]))
print(lp)
lp.sum().backward()
print(p.grad)
print(Binomial(torch.tensor([5., 10.]), logits=torch.tensor([0.5, -1.])).log_prob(torch.tensor([2., 0.])))
print(Binomial(4, 0.3).entropy(), Binomial(torch.tensor([3., 3.]), torch.tensor([0.3, 0.6])).entropy())
print(kl_divergence(Binomial(10, 0.3), Binomial(10, torch.tensor([0.5, 0.1]))), kl_divergence(Binomial(10, 0.3), Binomial(8, 0.5)))
for bad in [lambda: Binomial(10, 1.5), lambda: Binomial(-1, 0.5), lambda: Binomial(2.5, 0.5), lambda: Binomial(10, 0.5).log_prob(torch.tensor(11.)),
            lambda: Binomial(10, 0.5).log_prob(torch.tensor(1.5)), lambda: kl_divergence(Binomial(5, 0.3), Binomial(8, 0.5)),
            lambda: Binomial(torch.tensor([3., 5.]), torch.tensor([0.3, 0.6])).entropy()]:
    show(bad)
