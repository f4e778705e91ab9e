# torch.special's functions take out= (the result written into it), except softmax and log_softmax,
# which PyTorch 1.13 defines without it.
import torch
torch.set_default_dtype(torch.float64)

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
out = torch.empty(2, 2)
r = torch.special.expit(x, out=out)
print(r is out, out)
print(torch.special.i0(x, out=torch.empty(0)))
for name in ("softmax", "log_softmax"):
    try:
        getattr(torch.special, name)(x, 0, out=torch.empty(2, 2))
    except TypeError as e:
        print("TypeError:", e)
    print(getattr(torch.special, name)(x, 0))
# each is named special_<name>, as its repr and messages show
for f in (torch.special.softmax, torch.special.expit, torch.special.logsumexp, torch.special.psi):
    print(f)
    try:
        f(x, 0, foo=1)
    except TypeError as e:
        print("TypeError:", e)
