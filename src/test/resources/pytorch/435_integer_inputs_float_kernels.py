# Integer (int64) tensors given to activations and losses that PyTorch 1.13 has only floating-point
# kernels for: its RuntimeError, never a result truncated to an integer (U2, session 16: smooth_l1,
# huber, nll, kl_div, leaky_relu and logsigmoid computed and returned tensor(0), tensor(-1), ...);
# F.threshold keeps the input's integer dtype; the others that promote or refuse as PyTorch does.
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
a = torch.tensor([1, 2]); b = torch.tensor([0, 1]); x = torch.tensor([3, -2])
tests = [
 ("threshold_f", lambda: F.threshold(x, 1.5, 0.5)), ("threshold_inplace", lambda: F.threshold(x.clone(), 1, 7, inplace=True)),
 ("kl_f_l", lambda: F.kl_div(torch.tensor([1., 2.]), a, reduction="sum")), ("bce_l_f", lambda: F.binary_cross_entropy(a, torch.tensor([0., 1.]))),
 ("smooth_l1", lambda: F.smooth_l1_loss(a, b)),
 ("huber", lambda: F.huber_loss(a, b)),
 ("nll", lambda: F.nll_loss(torch.tensor([[1, 2]]), torch.tensor([0]))),
 ("ce", lambda: F.cross_entropy(torch.tensor([[1, 2]]), torch.tensor([0]))),
 ("log_softmax", lambda: F.log_softmax(a, 0)),
 ("softmax", lambda: F.softmax(a, 0)),
 ("kl_div", lambda: F.kl_div(a, b, reduction="batchmean")),
 ("bce", lambda: F.binary_cross_entropy(a, b)),
 ("leaky", lambda: F.leaky_relu(x)),
 ("LeakyReLU", lambda: torch.nn.LeakyReLU(0.5)(x)),
 ("threshold", lambda: F.threshold(x, 1, 0)),
 ("elu", lambda: F.elu(x)), ("gelu", lambda: F.gelu(x)), ("silu", lambda: F.silu(x)), ("sigmoid", lambda: torch.sigmoid(x)),
 ("tanh", lambda: torch.tanh(x)), ("relu6", lambda: F.relu6(x)), ("hardtanh", lambda: F.hardtanh(x)), ("softplus", lambda: F.softplus(x)),
 ("logsigmoid", lambda: F.logsigmoid(x)), ("selu", lambda: F.selu(x)), ("celu", lambda: F.celu(x)), ("mish", lambda: F.mish(x)),
 ("hardswish", lambda: F.hardswish(x)), ("hardsigmoid", lambda: F.hardsigmoid(x)), ("softsign", lambda: F.softsign(x)),
 ("tanhshrink", lambda: F.tanhshrink(x)), ("softmin", lambda: F.softmin(x, 0)), ("normalize", lambda: F.normalize(x.unsqueeze(0))),
 ("l1", lambda: F.l1_loss(a, b)), ("mse", lambda: F.mse_loss(a, b)), 
 ("margin", lambda: F.margin_ranking_loss(a, b, torch.tensor([1, -1]))),
 ("poisson", lambda: F.poisson_nll_loss(a, b)),
 ("mean", lambda: a.mean()), ("dropout", lambda: F.dropout(a, 0.0)), 
]
for name, f in tests:
    try:
        r = f()
        print(name, "->", r)
    except Exception as e:
        print(name, type(e).__name__, str(e).splitlines()[0][:100])
