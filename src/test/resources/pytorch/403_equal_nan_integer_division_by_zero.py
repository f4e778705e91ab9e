# Silent answers found by the tester (findings #139, #146), checked against torch 1.13: torch.equal
# compares numbers (NaN is never equal, 0.0 equals -0.0), integer division and remainder by zero
# are PyTorch's RuntimeError, and mse_loss has no integer kernel.
import torch
n = float("nan")
print(torch.equal(torch.tensor([1., n]), torch.tensor([1., n])), torch.equal(torch.tensor([0.]), torch.tensor([-0.])),
      torch.equal(torch.tensor([1, 2]), torch.tensor([1., 2.])), torch.equal(torch.tensor([1., 2.]), torch.tensor([1., 2., 3.])))
for f in [lambda: torch.tensor([5, 3]) // 0, lambda: torch.tensor([5, 3]) // torch.tensor([1, 0]), lambda: torch.tensor([5, 3]) % 0,
          lambda: torch.remainder(torch.tensor([5, -3]), 0), lambda: torch.fmod(torch.tensor([5, 3]), 0),
          lambda: torch.div(torch.tensor([5, 3]), 0, rounding_mode="floor"), lambda: torch.div(torch.tensor([5, 3]), 0, rounding_mode="trunc"),
          lambda: torch.floor_divide(torch.tensor([4]), torch.tensor([0])),
          lambda: torch.nn.functional.mse_loss(torch.tensor([1, 2]), torch.tensor([2, 2])), lambda: torch.nn.MSELoss()(torch.tensor([1, 2]), torch.tensor([2, 2])),
          lambda: torch.tensor([5., 3.]) // 0, lambda: torch.tensor([5, -3]) / 0, lambda: torch.tensor([5, 3]) // torch.tensor([2, 2]),
          lambda: torch.tensor([-7, 7]) % torch.tensor([2, -2]), lambda: torch.tensor([5., 3.]) % 0]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError", e)
x = torch.tensor([7, 8])
try:
    x //= 0
except RuntimeError as e:
    print("RuntimeError", e, x)
