# multi_margin_loss and multilabel_margin_loss add as PyTorch 1.13's CPU kernels: each sample's terms one after
# another, then the samples one after another (then / C and / N). Recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
x = torch.randn(6, 4, requires_grad=True)
t = torch.tensor([0, 3, 1, 0, 2, 1])
print(F.multi_margin_loss(x, t).item(), F.multi_margin_loss(x, t, reduction='sum').item(), F.multi_margin_loss(x, t, p=2, margin=0.7).item())
big = torch.randn(37, 13, requires_grad=True)
tb = torch.randint(0, 13, (37,))
w = torch.rand(13)
for kw in [{}, {'p': 2}, {'weight': w}, {'reduction': 'sum', 'margin': 2.5}]:
    loss = F.multi_margin_loss(big, tb, **kw)
    big.grad = None
    loss.backward()
    print(kw.get("reduction", "mean"), loss.item(), big.grad[0, :3].tolist())
print(F.multi_margin_loss(big, tb, reduction='none')[:5].tolist())
y = torch.full((37, 13), -1, dtype=torch.long)
y[:, 0] = tb
y[:, 1] = (tb + 3) % 13
print(F.multilabel_margin_loss(big, y).item(), F.multilabel_margin_loss(big, y, reduction='sum').item())
