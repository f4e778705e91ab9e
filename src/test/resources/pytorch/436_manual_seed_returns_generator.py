# torch.manual_seed returns the default generator (U6, session 16): data code passes
# generator=torch.manual_seed(42), and g.initial_seed() reads the seed back.
import torch

torch.set_default_dtype(torch.float64)

g = torch.manual_seed(3)
print(type(g).__name__, g.initial_seed())
print(torch.randn(3))
print(torch.randn(3, generator=torch.manual_seed(3)))
perm = torch.randperm(6, generator=torch.manual_seed(42))
print(perm, torch.rand(2))
