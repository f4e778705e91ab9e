# torch.distributions.OneHotCategorical (probs, logits, mean, mode, variance, entropy, PyTorch's draws,
# log_prob of one-hot values and its support check) and Independent (a VAE's diagonal Gaussian: batch and
# event shapes, log_prob and entropy summed, rsample, repr, its check), and kl_divergence of both.
import torch
from torch.distributions import *
torch.set_default_dtype(torch.float64)
p = torch.tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]], requires_grad=True)
d = OneHotCategorical(p)
print(d, d.batch_shape, d.event_shape, d.probs, d.logits, d.mean, d.mode, d.variance, d.entropy())
torch.manual_seed(0)
s = d.sample((4,)); print(s, s.dtype, d.log_prob(s))
print(d.log_prob(torch.tensor([0., 1., 0.])))
for bad in [lambda: d.log_prob(torch.tensor([0.5, 0.5, 0.])), lambda: d.log_prob(torch.tensor([1., 1., 0.])), lambda: OneHotCategorical(torch.tensor([0.5, 0.6]))]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(OneHotCategorical(logits=torch.tensor([0., 1.])).sample(), d.has_rsample)
print(kl_divergence(d, OneHotCategorical(torch.tensor([0.3, 0.3, 0.4]))))
mu = torch.tensor([[0.5, -1.], [0., 2.]], requires_grad=True)
ind = Independent(Normal(mu, torch.ones(2, 2)), 1)
print(ind, ind.batch_shape, ind.event_shape, ind.mean, ind.variance, ind.log_prob(torch.zeros(2)), ind.entropy(), ind.has_rsample)
torch.manual_seed(0); print(ind.rsample(), ind.sample((2,)).shape)
print(kl_divergence(ind, Independent(Normal(torch.zeros(2), torch.ones(2)), 1)))
for bad in [lambda: Independent(Normal(mu, 1.), 3), lambda: Independent(3, 1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
