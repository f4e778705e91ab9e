# Tensors where Python expects numbers and sequences.
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
for row in x:
    print(row, row.sum().item())
print(list(torch.arange(3)), [float(v) for v in torch.tensor([0.5, 1.5])])
print(sum(torch.tensor([1.0, 2.0, 3.0])), float(x[0, 1]), int(x[1, 1]), round(x.mean().item(), 3))
for i, v in enumerate(torch.tensor([10, 20])):
    print(i, v, int(v))
if x.sum() > 5:
    print("big")
print(max(x.flatten().tolist()), x.flatten().tolist().index(3.0))
t = torch.tensor(2.0)
print(t * 3, 3 * t, 2 ** t, t / 4, 1 - t, -t)
