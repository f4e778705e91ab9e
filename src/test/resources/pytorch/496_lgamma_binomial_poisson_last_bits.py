# torch.lgamma to the last bit: PyTorch's kernel calls SLEEF's lgamma (Sleef_lgammad4_u10), which
# differs from the C library's in one value of four; so do the log_prob and entropy of the
# distributions built on it (Binomial and Poisson in a REINFORCE or count model, Gamma, Beta,
# Dirichlet), and lgamma's gradient (digamma).
import random
import torch
from torch.distributions import Beta, Binomial, Dirichlet, Gamma, Poisson
torch.set_default_dtype(torch.float64)

random.seed(3)
xs = ([random.uniform(0, 1) for _ in range(200)] + [random.uniform(1, 3) for _ in range(200)] + [random.uniform(3, 8) for _ in range(200)]
      + [random.uniform(8, 1e4) for _ in range(200)] + [random.uniform(-30, 0) for _ in range(200)] + [float(k) for k in range(-3, 60)]
      + [0.5, 1.5, -0.5, 1e-310, -1e-310, 1e-300, 1e300, float("inf"), float("-inf"), float("nan"), 2.3, 7.0, 1.1, -2.5e-8])
values = torch.lgamma(torch.tensor(xs)).tolist()
for i in range(0, len(values), 6):
    print(values[i:i + 6])
x = torch.tensor([0.3, 2.5, 11.0], requires_grad=True)
torch.lgamma(x).sum().backward()
print(x.grad.tolist(), torch.special.gammaln(torch.tensor([4.5, 0.01])).tolist())
B = Binomial(10, torch.tensor([0.2, 0.7]))
print(B.log_prob(torch.tensor([2., 9.])).tolist(), B.entropy().tolist())
print(Binomial(torch.tensor([5., 10.]), logits=torch.tensor([0., 1.])).log_prob(torch.tensor([5., 0.])).tolist())
P = Poisson(torch.tensor([0.3, 2.0, 26.0]))
print(P.log_prob(torch.tensor([0., 3., 31.])).tolist())
print(Gamma(torch.tensor([2.5, 0.7]), torch.tensor([1.5, 2.0])).log_prob(torch.tensor([0.8, 3.0])).tolist(), Gamma(torch.tensor([2.5, 0.7]), torch.tensor([1.5, 2.0])).entropy().tolist())
print(Beta(torch.tensor([1.5, 0.3]), torch.tensor([2.0, 4.0])).log_prob(torch.tensor([0.3, 0.05])).tolist(), Beta(torch.tensor([1.5, 0.3]), torch.tensor([2.0, 4.0])).entropy().tolist())
print(Dirichlet(torch.tensor([2., 1., 3.])).log_prob(torch.tensor([0.2, 0.3, 0.5])).item(), Dirichlet(torch.tensor([0.4, 5.])).entropy().item())
# torch.log1p is SLEEF's too (one value in twenty differs from the C library's): Laplace's draws
print(torch.log1p(torch.tensor([-0.7, 1e-17, 0.3, 2.5, 1e10, -0.5, 0.1, 3e-5, 7.0, -0.999])).tolist())
torch.manual_seed(0)
from torch.distributions import Laplace
print(Laplace(torch.tensor([0., 1.]), torch.tensor([1., 0.5])).sample((3,)).tolist())
