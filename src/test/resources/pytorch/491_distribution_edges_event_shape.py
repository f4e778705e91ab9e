# torch.distributions at the edges, as PyTorch 1.13 computes them: Beta's and Dirichlet's log_prob
# at 0 and 1 (log(value) * (concentration - 1): 0 * log 0 is nan), Exponential.icdf as
# -log(1 - value) / rate (its last bits and -0.0), the event_shape check of a value (OneHotCategorical
# given a 0-d value, Dirichlet a value of another event size), and what the base class raises for
# what a distribution does not define (cdf, entropy, mode), perplexity() and sample_n.
import warnings
import torch
from torch.distributions import Beta, Dirichlet, Exponential, Gamma, Multinomial, Normal, OneHotCategorical, Poisson, Uniform
torch.set_default_dtype(torch.float64)
warnings.simplefilter("ignore")


def t(f):
    try:
        r = f()
        print("ok", r.tolist() if torch.is_tensor(r) else r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))


t(lambda: Beta(torch.tensor(1.), torch.tensor(1.)).log_prob(torch.tensor([0., 1., 0.25])))
t(lambda: Beta(torch.tensor(0.5), torch.tensor(0.5)).log_prob(torch.tensor([0., 1.])))
t(lambda: Beta(torch.tensor([2., 3.]), torch.tensor(1.)).log_prob(torch.tensor([0., 1.])))
t(lambda: Dirichlet(torch.tensor([1., 2.])).log_prob(torch.tensor([0., 1.])))
t(lambda: Dirichlet(torch.tensor([2., 1., 3.])).log_prob(torch.tensor([0.2, 0.3, 0.5])))
c = torch.tensor([1.5, 2.], requires_grad=True)
lp = Beta(c[0], c[1]).log_prob(torch.tensor(0.3))
lp.backward()
print(lp.item(), lp.grad_fn.name(), c.grad.tolist())
t(lambda: Exponential(torch.tensor(2.)).icdf(torch.tensor([0., 0.3, 0.9, 1.])))
t(lambda: Exponential(torch.tensor([0.5, 3.])).icdf(torch.tensor([0.123, 0.77])))
t(lambda: Exponential(torch.tensor(2.)).icdf(torch.tensor(1.5)))
r = torch.tensor(2., requires_grad=True)
q = Exponential(r).icdf(torch.tensor(0.4))
q.backward()
print(q.item(), q.grad_fn.name(), r.grad.item())
t(lambda: OneHotCategorical(torch.tensor([0.2, 0.8])).log_prob(torch.tensor(1.)))
t(lambda: OneHotCategorical(torch.tensor([0.2, 0.8])).log_prob(torch.tensor([1., 0., 0.])))
t(lambda: Dirichlet(torch.tensor([[1., 2.], [3., 4.]])).log_prob(torch.tensor([0.3, 0.6, 0.1])))
t(lambda: Dirichlet(torch.tensor([[1., 2.], [3., 4.]])).log_prob(torch.tensor([[0.3, 0.7]])))
t(lambda: Dirichlet(torch.tensor([1., 2.])).log_prob(torch.tensor(0.5)))
t(lambda: Gamma(torch.tensor(1.), torch.tensor(1.)).cdf(torch.tensor(1.)))
t(lambda: Beta(torch.tensor(1.), torch.tensor(2.)).cdf(torch.tensor(0.5)))
t(lambda: Poisson(torch.tensor(3.)).entropy())
t(lambda: Poisson(torch.tensor(3.)).icdf(torch.tensor(0.5)))
t(lambda: Normal(0., 1.).enumerate_support())
t(lambda: Multinomial(10, torch.tensor([0.2, 0.8])).mode)
t(lambda: Normal(torch.tensor([0., 1.]), torch.tensor([1., 2.])).perplexity())
t(lambda: Uniform(0., 2.).perplexity())
t(lambda: Gamma(torch.tensor([1., 2.]), torch.tensor([1., 3.])).perplexity())
t(lambda: Poisson(torch.tensor(3.)).perplexity())
torch.manual_seed(0)
t(lambda: Normal(torch.tensor([0., 10.]), torch.tensor([1., 2.])).sample_n(3))
torch.manual_seed(0)
t(lambda: Normal(torch.tensor([0., 10.]), torch.tensor([1., 2.])).sample((3,)))
t(lambda: Exponential(torch.tensor(1.)).sample_n(2).shape)
print(Normal.has_enumerate_support, Exponential(1.).has_enumerate_support)
