# Constructors make tensors that do not require grad unless asked.
import torch
torch.set_default_dtype(torch.float64)
for t in [torch.zeros(2), torch.ones(2, 2), torch.full((2,), 7.0), torch.eye(2), torch.arange(3.0),
          torch.linspace(0, 1, 3), torch.rand(2), torch.randn(2), torch.tensor([1.0, 2.0])]:
    print(t.requires_grad, t.is_leaf, t.shape)
w = torch.zeros(2, 3, requires_grad=True)
print(w)
print(torch.ones(2, requires_grad=True) * 2)
