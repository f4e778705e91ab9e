# torch.distributions as the tutorials use them (PyTorch's REINFORCE example: Categorical(probs),
# sample, log_prob; a VAE's reparametrised Normal(mu, std).rsample(); the docs' examples of
# Bernoulli and Uniform): seeded samples, log_prob, entropy, mean/stddev/variance, cdf, the repr,
# the ValueErrors of PyTorch's default validation, and gradients through rsample checked against
# central differences (gradcheck).
import torch
from torch.distributions import Normal, Bernoulli, Categorical, Uniform
import torch.distributions as D
torch.set_default_dtype(torch.float64)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


torch.manual_seed(0)
n = Normal(torch.tensor([0., 1.]), torch.tensor([1., 2.]))
print(n, n.mean, n.stddev, n.variance, n.batch_shape, n.event_shape, n.has_rsample)
print(n.sample(), n.sample((3,)), n.rsample(), n.sample(torch.Size([2, 1])).shape)
print(n.log_prob(torch.tensor([0.5, 0.5])), n.entropy(), n.cdf(torch.tensor([0., 1.])))
print(Normal(0., 1.), Normal(0., 1.).sample(), Normal(0, 1).log_prob(torch.tensor(0.3)), D.Normal(0., 2.).entropy())
mu = torch.tensor(0.5, requires_grad=True)
sd = torch.tensor(2.0, requires_grad=True)
d = Normal(mu, sd)
z = d.rsample((4,))
print(z, d.sample().requires_grad, d.loc is mu)
z.sum().backward()
print(mu.grad, sd.grad)
lp = d.log_prob(torch.tensor([0.1, 1.7]))
print(lp)
lp.sum().backward()
print(mu.grad, sd.grad)
print(torch.autograd.gradcheck(lambda m, s: Normal(m, s).log_prob(torch.tensor([0.3, -1.2])), (mu, sd)))
print(torch.autograd.gradcheck(lambda m, s: Normal(m, s).entropy() + Normal(m, s).cdf(torch.tensor(0.7)), (mu, sd)))
torch.manual_seed(5)
eps_fixed = lambda m, s: Normal(m, s).rsample((3,))
print(torch.autograd.gradcheck(lambda m, s: (torch.manual_seed(5), eps_fixed(m, s))[1], (mu, sd)))

torch.manual_seed(1)
b = Bernoulli(torch.tensor([0.3, 0.9]))
print(b, b.sample(), b.sample((2,)), b.log_prob(torch.tensor([1., 0.])), b.entropy(), b.mean, b.variance)
print(b, b.logits, b)
print(Bernoulli(logits=torch.tensor(0.)), Bernoulli(logits=torch.tensor(0.)).probs, Bernoulli(0.3), Bernoulli(0.3).sample((3,)))
p = torch.tensor([0.2, 0.6], requires_grad=True)
Bernoulli(p).log_prob(torch.tensor([1., 1.])).sum().backward()
print(p.grad)

torch.manual_seed(2)
c = Categorical(torch.tensor([0.1, 0.2, 0.7]))
print(c, c.sample(), c.sample((5,)), c.log_prob(torch.tensor(2)), c.entropy(), c.probs, c.logits, c)
print(Categorical(logits=torch.tensor([[1., 2.], [0., 0.]])).probs, Categorical(probs=torch.tensor([1., 3.])).probs, c.mean, c.batch_shape)
cl = Categorical(logits=torch.tensor([[1., 2., 0.5], [0., 0., 3.]]))
print(cl, cl.sample(), cl.sample((2,)), cl.log_prob(torch.tensor([2, 0])), cl.entropy())
logits = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
policy = Categorical(logits=logits)
action = policy.sample()
loss = -policy.log_prob(action) * 2.5
loss.backward()
print(action, loss, logits.grad)
print(torch.autograd.gradcheck(lambda l: Categorical(logits=l).entropy() + Categorical(logits=l).log_prob(torch.tensor(1)), (logits,)))

torch.manual_seed(3)
u = Uniform(0., 2.)
print(u, u.sample(), u.rsample((2,)), u.log_prob(torch.tensor(1.)), u.entropy(), u.mean, u.stddev, u.variance)
print(Uniform(torch.tensor([0., 1.]), 3.), u.cdf(torch.tensor([0.5, 1.5])))
lo = torch.tensor([0.0, -1.0], requires_grad=True)
hi = torch.tensor([1.0, 4.0], requires_grad=True)
r = Uniform(lo, hi).rsample((3,))
r.sum().backward()
print(r, lo.grad, hi.grad)

for make in [lambda: Normal(torch.tensor([0., 1.]), torch.tensor([1., -2.])), lambda: Normal(0., -1.), lambda: Uniform(2., 1.),
             lambda: Bernoulli(), lambda: Bernoulli(probs=torch.tensor(0.5), logits=torch.tensor(0.)), lambda: Bernoulli(torch.tensor([0.5, 1.5])),
             lambda: Categorical(torch.tensor(0.5)), lambda: Categorical(torch.tensor([0.2, 0.8])).log_prob(torch.tensor(2)),
             lambda: Normal(0., 1.).log_prob(0.5), lambda: Normal(0., 1.).sample(3), lambda: Bernoulli(0.3).log_prob(torch.tensor(0.5)),
             lambda: Uniform(0., 1.).log_prob(torch.tensor([-1., 0.3, 2.])), lambda: Categorical(torch.tensor([0.2, 0.8])).rsample(),
             lambda: Normal(torch.tensor([0., 1.]), torch.ones(3)), lambda: n.log_prob(torch.ones(3)), lambda: Normal(0., -1., validate_args=False).scale]:
    attempt(make)
