# var/std's correction= in PyTorch 1.13: only beside a dim (even dim=None) and never with unbiased;
# otherwise a TypeError (not a silently different variance). The message's first line is checked.
import torch
torch.set_default_dtype(torch.float64)
t = torch.tensor([1., 2., 3., 7.], requires_grad=True)
m = torch.tensor([[1., 2., 3.], [4., 5., 9.]])
calls = [
    ("t.var(correction=2)", lambda: t.var(correction=2)),
    ("torch.var(t, correction=0)", lambda: torch.var(t, correction=0)),
    ("t.std(correction=2)", lambda: t.std(correction=2)),
    ("t.var(correction=1, keepdim=True)", lambda: t.var(correction=1, keepdim=True)),
    ("t.var(True, correction=1)", lambda: t.var(True, correction=1)),
    ("torch.std(t, True, correction=1)", lambda: torch.std(t, True, correction=1)),
    ("t.std(dim=0, unbiased=True, correction=1)", lambda: t.std(dim=0, unbiased=True, correction=1)),
    ("torch.std(t, 0, True, correction=1)", lambda: torch.std(t, 0, True, correction=1)),
    ("t.var(None, correction=2)", lambda: t.var(None, correction=2)),
    ("t.var(dim=None, correction=2)", lambda: t.var(dim=None, correction=2)),
    ("t.var(0, correction=2)", lambda: t.var(0, correction=2)),
    ("m.var(1, correction=0)", lambda: m.var(1, correction=0)),
    ("m.std(dim=(0, 1), correction=3)", lambda: m.std(dim=(0, 1), correction=3)),
    ("t.var(unbiased=False)", lambda: t.var(unbiased=False)),
    ("t.var(False)", lambda: t.var(False)),
    ("t.var(0, False)", lambda: t.var(0, False)),
    ("t.var(correction=2, dim=None, keepdim=True)", lambda: t.var(correction=2, dim=None, keepdim=True)),
    ("t.var(0, correction=4)", lambda: t.var(0, correction=4)),
]
for text, f in calls:
    try:
        print(text, f())
    except TypeError as e:
        print(text, "TypeError:", str(e).splitlines()[0])
try:
    t.var(correction=0)
except TypeError as e:
    print(e)
