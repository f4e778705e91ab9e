# grad_fn names as PyTorch prints them, one op each.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
c = torch.tensor([0.5, 1.5, -1.0])
for y in [x + c, x - c, x * c, x / c, x ** 2, x ** c, -x, x.exp(), x.log(), x.sin(), x.cos(), x.tanh(), x.sigmoid(),
          x.relu(), x.sqrt(), x.abs(), x.sum(), x.sum(0), x.mean(), x.mean(0), x.max(), m.t(), m.T, m.transpose(0, 1),
          m.permute(1, 0), x.view(3, 1), x.reshape(3, 1), x.unsqueeze(0), m[0], m[:, 1:], x[x > 1], x.clone(),
          x.softmax(0), x.log_softmax(0), x.logsumexp(0), x @ c, m @ m, x.std(), x.var(), x.norm(), x.expand(2, 3),
          x.clamp(0, 2), torch.cat([x, c]), torch.stack([x, c]), torch.where(x > 1, x, c), 1 - x, x.masked_fill(x > 2, 0.0)]:
    print(y.grad_fn.name())
