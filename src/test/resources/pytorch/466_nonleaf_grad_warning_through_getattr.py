# Checked against torch 1.13 (reviewer's V6): the UserWarning on reading a non-leaf's .grad points at
# the user's line also when getattr or hasattr reads it (caught with catch_warnings(record=True)).
import warnings
import torch
torch.set_default_dtype(torch.float64)
x = torch.ones(2, requires_grad=True)
y = x * 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(y.grad)
    print(hasattr(y, "grad"))
    print(getattr(y, "grad", 5), getattr(x, "grad", 5), getattr(y, "nothing", 5))
    print(getattr(y, "grad"))
print([(w.category.__name__, w.lineno, str(w.message)[:40]) for w in caught])
