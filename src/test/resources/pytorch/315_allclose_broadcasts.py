# torch.allclose is isclose(...).all(): it broadcasts (Karpathy's "Becoming a Backprop Ninja"
# compares a (64,) gradient with a (1, 64) one; tester's finding: adjoint said False), takes
# equal_nan, and refuses what isclose refuses (mixed dtypes, shapes that do not broadcast,
# negative tolerances, a Python number as other) with PyTorch's messages.
import torch
torch.set_default_dtype(torch.float64)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([[1.0, 2.0]])))
show(lambda: torch.allclose(torch.ones(3, 1), torch.ones(3)))
show(lambda: torch.ones(3, 1).allclose(torch.ones(3) + 1e-9))
show(lambda: torch.allclose(torch.ones(3, 1), torch.ones(3) + 1e-3))
show(lambda: torch.allclose(torch.ones(2), torch.ones(3)))
show(lambda: torch.isclose(torch.ones(2), torch.ones(3)))
show(lambda: torch.allclose(torch.tensor([1, 2]), torch.tensor([1.0, 2.0])))
show(lambda: torch.isclose(torch.tensor([True]), torch.tensor([1])))
show(lambda: torch.allclose(torch.tensor([1, 2]), torch.tensor([1, 2])))
show(lambda: torch.allclose(torch.tensor([float('nan')]), torch.tensor([float('nan')])))
show(lambda: torch.allclose(torch.tensor([float('nan'), 1.0]), torch.tensor([float('nan'), 1.0]), equal_nan=True))
show(lambda: torch.allclose(torch.tensor([float('inf'), 1.0]), torch.tensor([float('inf'), 1.0 + 1e-6])))
show(lambda: torch.allclose(torch.tensor([float('inf')]), torch.tensor([float('-inf')])))
show(lambda: torch.allclose(torch.tensor([1.0]), torch.tensor([1.1]), rtol=0.1))
show(lambda: torch.allclose(torch.tensor([1.0]), torch.tensor([1.1]), atol=0.05, rtol=0.05))
show(lambda: torch.allclose(torch.tensor([1.0]), 1.0))
show(lambda: torch.ones(1).allclose(1.0))
show(lambda: torch.ones(1).isclose(1.0))
show(lambda: torch.allclose(torch.zeros(0), torch.zeros(3, 0)))
show(lambda: torch.isclose(torch.tensor(1.0), torch.ones(2, 2)))
show(lambda: torch.allclose(torch.tensor([1.0]), torch.tensor([1.0]), rtol=-1))
show(lambda: torch.isclose(torch.tensor([1.0]), torch.tensor([1.0]), atol=-0.5))
show(lambda: torch.allclose(torch.ones(2, requires_grad=True), torch.ones(2)))
dt = torch.arange(64.) / 7
grad = (torch.arange(64.) / 7).reshape(1, 64)
print(torch.allclose(dt, grad), (dt - grad).abs().max().item())
