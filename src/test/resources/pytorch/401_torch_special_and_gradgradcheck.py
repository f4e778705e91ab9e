# torch.special as the PyTorch 1.13 docs show it (SciPy's names: expit, psi, gammaln, ...) and
# torch.autograd.gradgradcheck, whose default grad_outputs come from the default generator.
import torch
import torch.special
torch.set_default_dtype(torch.float64)
x = torch.tensor([-1.5, -0.25, 0.5, 2.0], requires_grad=True)
p = torch.tensor([0.5, 1.5, 4.0])
print(torch.special.expit(x), torch.special.erf(x), torch.special.erfc(x))
print(torch.special.erfinv(torch.tensor([-0.5, 0.0, 0.9])), torch.special.logit(torch.tensor([0.25, 0.5])))
print(torch.special.psi(p), torch.special.digamma(p), torch.special.gammaln(p), torch.special.polygamma(1, p))
print(torch.special.sinc(x), torch.special.exp2(x), torch.special.expm1(x), torch.special.log1p(p))
print(torch.special.xlogy(p, p), torch.special.softmax(x, 0), torch.special.log_softmax(x, dim=0), torch.special.logsumexp(x, 0))
torch.manual_seed(0)
f = lambda t: (t.sin() * t.exp()).sum(0)
a = torch.randn(3, 2, requires_grad=True)
print(torch.autograd.gradgradcheck(f, (a,)), torch.rand(2))
torch.manual_seed(0)
a = torch.randn(3, 2, requires_grad=True)
print(torch.autograd.gradgradcheck(lambda t: t.tanh(), a, grad_outputs=torch.ones(3, 2)), torch.rand(2))
print(torch.autograd.gradgradcheck(lambda t, s: (t * s).atan(), (a, torch.tensor(2.0, requires_grad=True))), torch.rand(1))
class Wrong(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return t ** 3
    @staticmethod
    def backward(ctx, g):
        t, = ctx.saved_tensors
        return g * 3 * t.detach() ** 2  # detached: the second derivative is lost
print(torch.autograd.gradcheck(Wrong.apply, (a,)), torch.autograd.gradgradcheck(Wrong.apply, (a,), raise_exception=False))
