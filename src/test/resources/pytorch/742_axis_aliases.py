# torch 1.13's argument parser takes NumPy's names for a native function's parameters: axis for dim,
# keepdims for keepdim, x/a/x1 for input, x2 for other; Python-level functions (torch.norm, Tensor.split,
# F.softmax) do not (tester Z70). Recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.tensor([[3.0, 1.0, 2.0], [0.5, 4.0, -1.0]])
cases = [
    ("any", lambda: (x > 2).any(axis=1)), ("all", lambda: torch.all(x > 0, axis=0)),
    ("squeeze", lambda: x[None].squeeze(axis=0).shape), ("unsqueeze", lambda: x.unsqueeze(axis=0).shape),
    ("torch.unsqueeze", lambda: torch.unsqueeze(x, axis=-1).shape),
    ("sort", lambda: x.sort(axis=0)), ("argsort", lambda: x.argsort(axis=1)), ("torch.sort", lambda: torch.sort(x, axis=1, descending=True).values),
    ("cumprod", lambda: x.cumprod(axis=1)), ("logcumsumexp", lambda: x.logcumsumexp(axis=0)),
    ("cummax", lambda: x.cummax(axis=1).values), ("flip", lambda: x.flip(dims=(0,))), ("roll", lambda: x.roll(1, axis=1) if False else x.roll(1, 1)),
    ("topk", lambda: x.topk(1, axis=0).values), ("kthvalue", lambda: x.kthvalue(2, axis=1).values),
    ("median", lambda: x.median(axis=0).values), ("mode", lambda: x.mode(axis=1).values), ("nanmedian", lambda: x.nanmedian(axis=1).values),
    ("gather", lambda: x.gather(axis=1, index=torch.tensor([[0], [2]]))), ("index_select", lambda: x.index_select(axis=1, index=torch.tensor([2]))),
    ("narrow", lambda: x.narrow(axis=1, start=0, length=2)), ("select", lambda: x.select(axis=1, index=1)),
    ("unbind", lambda: x.unbind(axis=1)[0]), ("chunk", lambda: x.chunk(3, axis=1)[2]),
    ("torch.cat", lambda: torch.cat([x, x], axis=0).shape), ("torch.stack", lambda: torch.stack([x, x], axis=1).shape),
    ("diff", lambda: torch.diff(x, axis=1)), ("count_nonzero", lambda: torch.count_nonzero(x, axis=0)),
    ("logsumexp", lambda: x.logsumexp(axis=1, keepdims=True)), ("var", lambda: x.var(axis=1, keepdims=True)),
    ("amax", lambda: x.amax(axis=1)), ("prod", lambda: x.prod(axis=1, keepdims=True)), ("nansum", lambda: x.nansum(axis=0)),
    ("argmin", lambda: x.argmin(axis=0, keepdims=True)), ("min", lambda: x.min(axis=1, keepdims=True).values),
    ("norm", lambda: x.norm(axis=1)), ("torch.norm", lambda: torch.norm(x, axis=1)), ("split", lambda: x.split(1, axis=0)[0]),
    ("F.softmax", lambda: F.softmax(x, axis=1)), ("softmax", lambda: torch.softmax(x, axis=1)),
    ("vector_norm", lambda: torch.linalg.vector_norm(x, axis=1)), ("input_x", lambda: torch.sum(x=x)), ("input_a", lambda: torch.abs(a=x)),
    ("other_x2", lambda: torch.add(x1=x, x2=x)), ("mul_x2", lambda: x.mul(x2=x)),
    ("transpose", lambda: x.transpose(axis0=0, axis1=1) if False else x.transpose(0, 1).shape),
    ("flatten", lambda: x.flatten(start_dim=0).shape), ("movedim", lambda: torch.movedim(x, 0, 1).shape),
    ("repeat_interleave", lambda: x.repeat_interleave(2, axis=0).shape), ("tensor_split", lambda: x.tensor_split(2, axis=1)[0]),
]
for name, fn in cases:
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e)
