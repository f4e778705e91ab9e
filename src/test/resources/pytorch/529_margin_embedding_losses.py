# The losses of T15: MarginRankingLoss, HingeEmbeddingLoss, CosineEmbeddingLoss, TripletMarginLoss,
# PoissonNLLLoss, GaussianNLLLoss, MultiLabelSoftMarginLoss, SoftMarginLoss: values for each
# reduction, gradients, grad_fn names, reprs and PyTorch's checks.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
torch.manual_seed(0)
a = torch.randn(4, 3, requires_grad=True)
b = torch.randn(4, 3, requires_grad=True)
c = torch.randn(4, 3, requires_grad=True)
y = torch.tensor([1., -1., 1., -1.])
yy = torch.tensor([[1., -1., 1.], [-1., -1., 1.], [1., 1., -1.], [-1., 1., 1.]])
ml = torch.tensor([[1., 0., 1.], [0., 0., 1.], [1., 1., 0.], [0., 1., 1.]])
counts = torch.tensor([[0., 1., 2.], [3., 0., 1.], [1., 1., 5.], [0., 2., 1.]])
var = torch.rand(4, 3, requires_grad=True)
def run(name, f):
    for r in ["mean", "sum", "none"]:
        out = f(r)
        grads = torch.autograd.grad((out * torch.arange(1., out.numel() + 1).reshape(out.shape)).sum(), [p for p in (a, b, c, var) if p.requires_grad], allow_unused=True)
        print(name, r, out, type(out.grad_fn).__name__)
        print([g for g in grads if g is not None])
run("margin_ranking", lambda r: nn.MarginRankingLoss(margin=0.5, reduction=r)(a[:, 0], b[:, 0], y))
run("hinge", lambda r: nn.HingeEmbeddingLoss(margin=1.5, reduction=r)(a, yy))
run("cosine", lambda r: nn.CosineEmbeddingLoss(margin=0.2, reduction=r)(a, b, y))
run("triplet", lambda r: nn.TripletMarginLoss(margin=1.0, reduction=r)(a, b, c))
run("triplet_swap_p1", lambda r: nn.TripletMarginLoss(margin=2.0, p=1, swap=True, reduction=r)(a, b, c))
run("poisson", lambda r: nn.PoissonNLLLoss(reduction=r)(a, counts))
run("poisson_full", lambda r: nn.PoissonNLLLoss(log_input=False, full=True, reduction=r)(a.exp(), counts))
run("gaussian", lambda r: nn.GaussianNLLLoss(reduction=r)(a, b, var))
run("gaussian_full_hom", lambda r: nn.GaussianNLLLoss(full=True, reduction=r)(a, b, var[:, 0]))
run("multilabel", lambda r: nn.MultiLabelSoftMarginLoss(reduction=r)(a, ml))
run("multilabel_w", lambda r: nn.MultiLabelSoftMarginLoss(weight=torch.tensor([1., 2., 0.5]), reduction=r)(a, ml))
print(F.margin_ranking_loss(a[:, 0], b[:, 0], y), F.hinge_embedding_loss(a, yy), F.cosine_embedding_loss(a[0], b[0], torch.tensor(1.)),
      F.triplet_margin_loss(a, b, c, margin=0.5, p=3), F.poisson_nll_loss(a, counts, full=True), F.gaussian_nll_loss(a, b, var, eps=0.5),
      F.multilabel_soft_margin_loss(a, ml))
print(nn.MarginRankingLoss(), nn.HingeEmbeddingLoss(), nn.CosineEmbeddingLoss(), nn.TripletMarginLoss(), nn.PoissonNLLLoss(), nn.GaussianNLLLoss(),
      nn.MultiLabelSoftMarginLoss(), nn.TripletMarginLoss(margin=2.0, p=1, swap=True).swap, nn.PoissonNLLLoss().log_input)
t(lambda: F.margin_ranking_loss(a, b[:, 0], y))
t(lambda: F.cosine_embedding_loss(a, b, yy))
t(lambda: F.cosine_embedding_loss(a, b, torch.tensor(1.)))
t(lambda: F.triplet_margin_loss(a, b, c[0]))
t(lambda: F.gaussian_nll_loss(a, b, var[:2]))
t(lambda: F.gaussian_nll_loss(a, b, -var))
t(lambda: F.margin_ranking_loss(a[:, 0], b[:, 0], y, reduction="avg"))
t(lambda: F.gaussian_nll_loss(a, b, var, reduction="avg"))
t(lambda: F.multilabel_soft_margin_loss(a, ml, reduction="avg"))
