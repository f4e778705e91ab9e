# Finding #135/#39: float32 randn of 16 or more elements draws through PyTorch's AVX2 kernel (avx_mathfun's log and sincos).
# float32 default on purpose.
import torch
torch.manual_seed(0)
torch.randn(3, 3); torch.randn(2, 3)
x = torch.randn(200)
print(x[2].item(), x[19].item())
print(x)
torch.manual_seed(3)
print(torch.randn(4, 5).tolist())
print(torch.empty(37).normal_(1.5, 0.25))
g = torch.Generator().manual_seed(9)
print(torch.randn(2, 17, generator=g))
