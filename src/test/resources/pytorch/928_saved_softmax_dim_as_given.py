# SoftmaxBackward0's and LogSoftmaxBackward0's dim as given, as PyTorch 1.13 saves it (a negative one as its
# unsigned 64-bit value): the tensor methods, torch.*, F.*, the nn layers, the implicit dim F.softmax picks,
# and cross_entropy's log_softmax over the class dim
import warnings
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
warnings.simplefilter('ignore')
x = torch.arange(24.).reshape(2, 3, 4).div(10).requires_grad_()
for label, y in [('x.softmax(-1)', x.softmax(-1)), ('x.softmax(dim=1)', x.softmax(dim=1)), ('torch.softmax(x, -2)', torch.softmax(x, -2)),
                 ('F.softmax(x, dim=-1)', F.softmax(x, dim=-1)), ('F.softmax(x, 2)', F.softmax(x, 2)), ('F.softmax(x) implicit', F.softmax(x)),
                 ('nn.Softmax(dim=-1)', torch.nn.Softmax(dim=-1)(x)), ('nn.Softmax(1)', torch.nn.Softmax(1)(x)),
                 ('x.log_softmax(-1)', x.log_softmax(-1)), ('torch.log_softmax(x, dim=-3)', torch.log_softmax(x, dim=-3)),
                 ('F.log_softmax(x, -1)', F.log_softmax(x, -1)), ('nn.LogSoftmax(dim=-2)', torch.nn.LogSoftmax(dim=-2)(x)),
                 ('F.softmin(x, -1)', F.softmin(x, -1))]:
    g = y.grad_fn
    print(label, type(g).__name__, g._saved_dim, round(y.sum().item(), 6))
logits = torch.tensor([[0.5, -1.0, 2.0], [0.1, 0.2, 0.3]], requires_grad=True)
loss = F.cross_entropy(logits, torch.tensor([2, 0]))
g = loss.grad_fn.next_functions[0][0]
print('cross_entropy', type(loss.grad_fn).__name__, type(g).__name__, g._saved_dim)
