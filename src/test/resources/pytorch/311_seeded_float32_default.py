# Without set_default_dtype, tensors are PyTorch's float32: seeded draws take float32's stream (24 bits a draw),
# so a tutorial's printed numbers and .item() match (adjoint computes in float64 and rounds these draws to float32).
import torch
torch.manual_seed(0)
print(torch.rand(3))
print(torch.rand(1).item(), torch.randn(1).item())
print(torch.randn(2, 3))
print(torch.randint(0, 100, (5,)))
print(torch.randperm(6))
print(torch.rand(2, dtype=torch.float64).tolist())
w = torch.empty(2, 3)
torch.nn.init.uniform_(w, -1, 1)
print(w.tolist())
torch.manual_seed(42)
print(torch.nn.Linear(3, 2).weight.tolist())
print(torch.nn.functional.dropout(torch.ones(10), 0.5))
