# Finding #107 (d2l.ai 2.6 "Probability and Statistics", checked against torch 1.13): torch.distributions.Multinomial
# (sample draws through the Categorical, PyTorch's stream), its module, log_prob/mean/variance; torch.bincount.
import torch
from torch.distributions.multinomial import Multinomial
from torch.distributions import multinomial
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
fair_probs = torch.tensor([0.5, 0.5])
print(Multinomial(100, fair_probs).sample())
counts = Multinomial(1, fair_probs).sample((10000,))
print(counts.cumsum(dim=0)[-1], counts.shape)
print(multinomial.Multinomial(10, torch.ones([6]) / 6).sample())
m = Multinomial(100, torch.tensor([0.5, 0.5]))
print(m, m.batch_shape, m.event_shape, m.mean, m.variance, m.probs, m.total_count)
print(m.sample(), m.sample((2,)))
m2 = Multinomial(3, logits=torch.tensor([[0., 1., 2.], [1., 1., 1.]]))
s = m2.sample((4,))
print(s, s.shape, m2.log_prob(torch.tensor([1., 1., 1.])), m2.log_prob(s))
try:
    Multinomial(2.5, torch.tensor([0.5, 0.5]))
except NotImplementedError as e:
    print('NotImplementedError', e)
m3 = Multinomial(3, torch.tensor([0.5, 0.5]))
for v in (torch.tensor([4., 0.]), torch.tensor([-1., 2.]), torch.tensor([1.5, 0.])):
    try:
        print(m3.log_prob(v))
    except ValueError as e:
        print('ValueError', e)
print(Multinomial(probs=torch.tensor([0.2, 0.8])).sample(), Multinomial(3, torch.tensor([[0.5, 0.5]])).batch_shape)
print(torch.bincount(torch.tensor([0, 1, 1, 5]), minlength=6), torch.bincount(torch.tensor([0, 1, 1, 5])), torch.bincount(torch.tensor([], dtype=torch.int64)),
      torch.bincount(torch.tensor([2, 0]), weights=torch.tensor([0.5, 1.5])), torch.tensor([1, 3]).bincount(), torch.bincount(torch.tensor([1, 2], dtype=torch.int32)).dtype)
for bad in (torch.tensor([-1, 2]), torch.tensor([[1]]), torch.tensor([1.5])):
    try:
        torch.bincount(bad)
    except RuntimeError as e:
        print(e)
try:
    torch.bincount(torch.tensor([1]), minlength=-1)
except RuntimeError as e:
    print(e)
try:
    torch.bincount(torch.tensor([1, 2]), weights=torch.tensor([1.]))
except RuntimeError as e:
    print(e)
