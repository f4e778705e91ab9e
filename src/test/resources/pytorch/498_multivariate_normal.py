# torch.distributions.MultivariateNormal (PPO's continuous policy: a learned mean, a fixed diagonal
# covariance): the three parametrisations, scale_tril/covariance_matrix/precision_matrix, mean,
# variance, PyTorch's draws (loc + L eps), log_prob and entropy with gradients to loc, batches,
# expand, kl_divergence of two (p13's MVN(0, I) vs MVN(1, 2I)), and the checks.
import torch
from torch.distributions import MultivariateNormal, kl_divergence
from torch.distributions.multivariate_normal import MultivariateNormal as MVN
torch.set_default_dtype(torch.float64)


def t(f):
    try:
        r = f()
        print("ok", r.tolist() if torch.is_tensor(r) else r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))


cov = torch.tensor([[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]])
mu = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
d = MultivariateNormal(mu, covariance_matrix=cov)
print(d, d.batch_shape, d.event_shape, MVN is MultivariateNormal)
print(d.scale_tril.tolist(), d.precision_matrix.tolist())
print(d.mean.tolist(), d.variance.tolist(), d.mode.tolist(), d.stddev.tolist())
x = torch.tensor([[0.0, 0.0, 0.0], [1.0, -2.0, 2.5]])
lp = d.log_prob(x)
print(lp.tolist(), lp.grad_fn is not None, d.entropy().item())
lp.sum().backward()
print(mu.grad.tolist())
torch.manual_seed(0)
print(d.sample().tolist(), d.sample((2,)).tolist())
torch.manual_seed(1)
r = d.rsample((4,))
print(r.shape, r.requires_grad, r.tolist())
p = MultivariateNormal(torch.zeros(3), precision_matrix=torch.inverse(cov))
print(p.scale_tril.tolist(), p.log_prob(x).tolist(), p.entropy().item())
s = MultivariateNormal(torch.zeros(2), scale_tril=torch.tensor([[1.0, 0.0], [0.5, 2.0]]))
print(s, s.covariance_matrix.tolist(), s.log_prob(torch.tensor([0.3, -0.7])).item())
b = MultivariateNormal(torch.zeros(4, 2), torch.diag(torch.tensor([0.5, 2.0])).unsqueeze(0))
print(b.batch_shape, b.event_shape, b.log_prob(torch.ones(4, 2)).tolist(), b.entropy().tolist(), b.sample((3,)).shape)
bb = MultivariateNormal(torch.zeros(2), torch.stack([torch.eye(2), 2 * torch.eye(2)]))
print(bb.batch_shape, bb.log_prob(torch.tensor([0.5, 0.5])).tolist(), bb.variance.tolist())
e = s.expand((3,))
print(e.batch_shape, e.loc.shape, e.log_prob(torch.zeros(2)).tolist())
print(kl_divergence(MultivariateNormal(torch.zeros(2), torch.eye(2)), MultivariateNormal(torch.ones(2), 2 * torch.eye(2))).item())
print(kl_divergence(d, MultivariateNormal(torch.zeros(3), 0.7 * torch.eye(3))).item(), kl_divergence(MultivariateNormal(torch.ones(2, 2), torch.eye(2)), bb).tolist())
t(lambda: MultivariateNormal(torch.tensor(0.), torch.eye(1)))
t(lambda: MultivariateNormal(torch.zeros(2)))
t(lambda: MultivariateNormal(torch.zeros(2), torch.eye(2), scale_tril=torch.eye(2)))
t(lambda: MultivariateNormal(torch.zeros(2), torch.ones(2)))
t(lambda: MultivariateNormal(torch.zeros(2), torch.tensor([[1., 2.], [2., 1.]])))
t(lambda: MultivariateNormal(torch.zeros(2), torch.tensor([[1., 0.5], [0., 1.]])))
t(lambda: MultivariateNormal(torch.zeros(2), scale_tril=torch.tensor([[1., 0.5], [0., 1.]])))
t(lambda: MultivariateNormal(torch.zeros(2), scale_tril=torch.tensor([[-1., 0.], [0., 1.]])))
t(lambda: MultivariateNormal(torch.zeros(2), torch.tensor([[1., 2.], [2., 1.]]), validate_args=False))
t(lambda: MultivariateNormal(torch.zeros(3), torch.eye(2)))
t(lambda: d.log_prob(torch.zeros(2)))
t(lambda: d.log_prob(torch.tensor([0., float("nan"), 0.])))
t(lambda: kl_divergence(d, s))
