# torch.distributions.kl_divergence for the registered pairs (Normal, Bernoulli, Categorical,
# Uniform, Exponential, Gamma, Beta, Dirichlet, Poisson and the cross pairs): values, grad_fn,
# gradients (the VAE's KL term), infinities, and the NotImplementedError of unregistered pairs;
# Exponential (log_prob, cdf, icdf, entropy, mean, variance, rsample's draws and gradient),
# Gamma, Beta, Dirichlet, Poisson (log_prob, entropy, mean, mode, variance, shapes, the argument
# checks, reprs).
import torch
from torch.distributions import (Normal, Bernoulli, Categorical, Uniform, Exponential, Gamma, Beta, Dirichlet, Poisson,
                                 kl_divergence)
from torch.distributions.kl import kl_divergence as kl2
torch.set_default_dtype(torch.float64)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(kl_divergence(Normal(0., 1.), Normal(1., 2.)), kl2 is kl_divergence)
mu = torch.tensor([0.5, -1.0], requires_grad=True); log_var = torch.tensor([0.1, -0.3], requires_grad=True)
kl = kl_divergence(Normal(mu, torch.exp(0.5 * log_var)), Normal(torch.zeros(2), torch.ones(2)))
print(kl)
kl.sum().backward()
print(mu.grad, log_var.grad)
p = torch.tensor([0.2, 0.0, 1.0, 0.7], requires_grad=True)
print(kl_divergence(Bernoulli(p), Bernoulli(torch.tensor([0.5, 0.3, 0.4, 1.0]))), kl_divergence(Bernoulli(0.3), Bernoulli(0.0)))
print(kl_divergence(Categorical(torch.tensor([[0.2, 0.8], [0.5, 0.5]])), Categorical(logits=torch.tensor([0.1, -0.4]))),
      kl_divergence(Categorical(torch.tensor([0.5, 0.5, 0.0])), Categorical(torch.tensor([0.2, 0.0, 0.8]))))
print(kl_divergence(Uniform(0., 1.), Uniform(-1., 2.)), kl_divergence(Uniform(torch.tensor([0., -2.]), torch.tensor([1., 0.])), Uniform(-1., 2.)))
print(kl_divergence(Exponential(2.), Exponential(torch.tensor([1., 3.]))), kl_divergence(Gamma(2., 3.), Gamma(torch.tensor([1.5, 4.]), 1.)))
print(kl_divergence(Beta(2., 3.), Beta(torch.tensor([1., 0.5]), 2.)), kl_divergence(Dirichlet(torch.tensor([1., 2., 3.])), Dirichlet(torch.tensor([2., 2., 2.]))))
print(kl_divergence(Poisson(2.), Poisson(torch.tensor([1., 4.]))), kl_divergence(Bernoulli(0.3), Poisson(2.)))
print(kl_divergence(Uniform(0., 1.), Normal(0., 1.)), kl_divergence(Uniform(0.5, 2.), Exponential(1.5)), kl_divergence(Uniform(0.5, 2.), Gamma(2., 1.5)),
      kl_divergence(Uniform(0.2, 0.7), Beta(2., 3.)), kl_divergence(Uniform(-1., 2.), Exponential(1.)))
print(kl_divergence(Exponential(1.5), Gamma(2., 3.)), kl_divergence(Exponential(1.5), Normal(0.5, 2.)), kl_divergence(Gamma(2., 3.), Exponential(1.)),
      kl_divergence(Gamma(2., 3.), Normal(0.5, 2.)))
print(kl_divergence(Beta(2., 3.), Exponential(1.)), kl_divergence(Beta(2., 3.), Gamma(2., 3.)), kl_divergence(Beta(2., 3.), Normal(0.5, 2.)),
      kl_divergence(Beta(2., 3.), Uniform(-1., 2.)), kl_divergence(Beta(2., 3.), Uniform(0.5, 2.)))
print(kl_divergence(Normal(0., 1.), Uniform(0., 1.)), kl_divergence(Exponential(1.), Uniform(0., 1.)), kl_divergence(Gamma(1., 1.), Beta(1., 1.)),
      kl_divergence(Poisson(torch.tensor([1., 2.])), Bernoulli(0.5)))
for pq in [(Normal(0., 1.), Bernoulli(0.3)), (Normal(0., 1.), Categorical(torch.tensor([0.5, 0.5]))), (Categorical(torch.tensor([0.5, 0.5])), Normal(0., 1.)),
           (Exponential(1.), Poisson(1.)), (Normal(0., 1.), 3)]:
    show(lambda: kl_divergence(*pq))
r = torch.tensor([0.5, 2.0], requires_grad=True)
e = Exponential(r)
x = torch.tensor([0.3, 1.2])
print(e, e.batch_shape, e.mean, e.variance, e.stddev, e.mode, e.log_prob(x), e.cdf(x), e.icdf(torch.tensor([0.1, 0.9])), e.entropy())
torch.manual_seed(0)
s = e.rsample((3,))
print(s, e.sample(), Exponential(1.).sample((4,)), e.has_rsample)
s.sum().backward()
print(r.grad)
g = Gamma(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 1.0]))
print(g, g.mean, g.mode, g.variance, g.log_prob(torch.tensor([0.5, 2.0])), g.entropy(), g.batch_shape, Gamma(2., 1.).log_prob(torch.tensor(0.)))
b = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]))
print(b, b.concentration1, b.concentration0, b.mean, b.mode, b.variance, b.log_prob(torch.tensor([0.25, 0.9])), b.entropy(), b.batch_shape, b.event_shape)
print(Beta(2., 3.).log_prob(torch.tensor(0.4)), Beta(2., 3.).entropy(), Beta(2., 3.).concentration1)
dd = Dirichlet(torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 2.0]]))
print(dd, dd.batch_shape, dd.event_shape, dd.mean, dd.variance, dd.log_prob(torch.tensor([0.2, 0.3, 0.5])), dd.entropy())
po = Poisson(torch.tensor([1.5, 4.0]))
print(po, po.mean, po.mode, po.variance, po.log_prob(torch.tensor([0., 3.])), Poisson(2.).log_prob(torch.tensor([[1.], [2.]])))
c = torch.tensor(2.0, requires_grad=True)
Gamma(c, 1.5).log_prob(torch.tensor(0.7)).backward()
print(c.grad)
for bad in [lambda: Exponential(-1.), lambda: Exponential(1.).log_prob(torch.tensor(-1.)), lambda: Gamma(0., 1.), lambda: Beta(2., -1.),
            lambda: Beta(2., 3.).log_prob(torch.tensor(1.5)), lambda: Poisson(-1.), lambda: Poisson(2.).log_prob(torch.tensor(1.5)),
            lambda: Dirichlet(torch.tensor(1.)), lambda: Dirichlet(torch.tensor([1., 0.])), lambda: Dirichlet(torch.ones(2)).log_prob(torch.tensor([0.5, 0.6]))]:
    show(bad)
