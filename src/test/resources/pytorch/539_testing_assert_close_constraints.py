# torch.testing.assert_close (U16): PyTorch 1.13's default tolerances and its messages, and
# `from torch.distributions import constraints` for a distribution's arg_constraints.
import torch
from torch.testing import assert_close
from torch.distributions import constraints
torch.set_default_dtype(torch.float64)
cases = [
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.])),
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.1])),
    lambda: assert_close(torch.tensor([1., 2., 3.]), torch.tensor([1.5, 2., 3.5])),
    lambda: assert_close(torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([[1., 2.], [3., 4.0001]])),
    lambda: assert_close(torch.tensor(1.), torch.tensor(1.1)),
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.1]), rtol=0.1, atol=0),
    lambda: assert_close(torch.tensor([1, 2]), torch.tensor([1, 3])),
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2., 3.])),
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1, 2])),
    lambda: assert_close(1.0, 1.0 + 1e-10),
    lambda: assert_close(1.0, 1.1),
    lambda: assert_close(3, 4),
    lambda: assert_close([torch.tensor(1.), torch.tensor([2., 3.])], [torch.tensor(1.), torch.tensor([2., 3.5])]),
    lambda: assert_close((1.0, 2.0), (1.0,)),
    lambda: assert_close(torch.tensor([float('nan')]), torch.tensor([float('nan')])),
    lambda: assert_close(torch.tensor([float('nan'), 1.]), torch.tensor([float('nan'), 1.]), equal_nan=True),
    lambda: assert_close(torch.tensor([float('inf')]), torch.tensor([float('inf')])),
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.1]), msg="custom"),
    lambda: assert_close(torch.tensor([1., 2.]), torch.tensor([1., 2.1]), rtol=0.1),
    lambda: assert_close(torch.tensor([0., 1.]), torch.tensor([0.5, 0.])),
    lambda: assert_close(torch.ones(2, 3, 2), torch.ones(2, 3, 2) + torch.arange(12.).reshape(2, 3, 2) * 1e-3),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, str(e))
print(constraints.real, constraints.positive, constraints.nonnegative, constraints.unit_interval, constraints.simplex,
      constraints.boolean, constraints.nonnegative_integer, constraints.real_vector, constraints.positive_definite)
print(constraints.positive.check(torch.tensor([1., -1., 0.])), constraints.simplex.check(torch.tensor([[0.5, 0.5], [0.2, 0.3]])))
print(constraints.interval(0., 1.), constraints.interval(0., 1.).check(torch.tensor([0.5, 2.])), constraints.independent(constraints.real, 1))
