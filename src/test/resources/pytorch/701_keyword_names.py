# PyTorch 1.13's parameter names as keywords (tester finding Z34; the tester's sweep /tmp/tz/t26.py and its module calls). Recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
x = torch.arange(6.).view(2, 3)
calls = {
 "cat": lambda: torch.cat(tensors=[x, x], dim=0).shape,
 "stack": lambda: torch.stack(tensors=[x, x], dim=1).shape,
 "max": lambda: torch.max(input=x, dim=1, keepdim=True).values.shape,
 "argmax": lambda: torch.argmax(input=x, dim=1, keepdim=False),
 "clamp": lambda: torch.clamp(input=x, min=1, max=3),
 "where": lambda: torch.where(condition=x > 2, input=x, other=torch.zeros(1)),
 "gather": lambda: torch.gather(input=x, dim=1, index=torch.tensor([[0], [1]])),
 "softmax": lambda: F.softmax(input=x, dim=1).sum(),
 "log_softmax": lambda: F.log_softmax(input=x, dim=-1).shape,
 "ce": lambda: F.cross_entropy(input=x, target=torch.tensor([0, 1])),
 "mse": lambda: F.mse_loss(input=x, target=x),
 "conv2d": lambda: F.conv2d(input=torch.ones(1, 1, 3, 3), weight=torch.ones(1, 1, 2, 2), bias=None, stride=1, padding=0).shape,
 "dropout": lambda: F.dropout(input=x, p=0.0, training=True).shape,
 "reshape": lambda: torch.reshape(input=x, shape=(3, 2)).shape,
 "transpose": lambda: torch.transpose(input=x, dim0=0, dim1=1).shape,
 "mean": lambda: torch.mean(input=x, dim=0, keepdim=True),
 "x.sum": lambda: x.sum(dim=1, keepdim=True).shape,
 "x.permute": lambda: x.permute(dims=(1, 0)).shape,
 "x.reshape": lambda: x.reshape(shape=(6,)).shape,
 "x.view": lambda: x.view(size=(3, 2)).shape,
 "x.transpose": lambda: x.transpose(dim0=0, dim1=1).shape,
 "x.to": lambda: x.to(dtype=torch.int64).dtype,
 "full": lambda: torch.full(size=(2,), fill_value=3.0),
 "zeros": lambda: torch.zeros(size=(2, 1)).shape,
 "arange": lambda: torch.arange(start=0, end=5, step=2),
 "linspace": lambda: torch.linspace(start=0, end=1, steps=3),
 "randint": lambda: torch.randint(low=0, high=3, size=(2,)).shape,
 "normal": lambda: torch.normal(mean=0.0, std=1.0, size=(2,)).shape,
 "multinomial": lambda: torch.multinomial(input=torch.tensor([0., 1.]), num_samples=1, replacement=True),
 "topk": lambda: torch.topk(input=x, k=2, dim=1).indices,
 "norm": lambda: torch.norm(input=x, p=2, dim=1),
 "split": lambda: [t.shape for t in torch.split(tensor=x, split_size_or_sections=1, dim=0)],
 "chunk": lambda: len(torch.chunk(input=x, chunks=2, dim=1)),
 "flatten": lambda: torch.flatten(input=x, start_dim=0, end_dim=-1).shape,
 "squeeze": lambda: torch.squeeze(input=x.view(1, 6), dim=0).shape,
 "unsqueeze": lambda: torch.unsqueeze(input=x, dim=0).shape,
 "repeat_interleave": lambda: torch.repeat_interleave(input=torch.tensor([1, 2]), repeats=2, dim=0),
 "masked_fill": lambda: x.masked_fill(mask=x > 3, value=0.0),
 "expand": lambda: torch.ones(1, 3).expand(size=(2, 3)).shape,
 "pad": lambda: F.pad(input=x, pad=(1, 1), mode="constant", value=0.0).shape,
 "relu_": lambda: F.relu(x, inplace=False).shape,
 "linear": lambda: F.linear(x, weight=torch.ones(1, 3), bias=torch.zeros(1)).shape,
 "bce": lambda: F.binary_cross_entropy(input=torch.tensor([0.5]), target=torch.tensor([1.])),
 "nll": lambda: F.nll_loss(input=x, target=torch.tensor([0, 1]), reduction="sum"),
 "max_pool2d": lambda: F.max_pool2d(input=torch.ones(1, 1, 4, 4), kernel_size=2, stride=2).shape,
 "avg_pool2d": lambda: F.avg_pool2d(input=torch.ones(1, 1, 4, 4), kernel_size=2).shape,
 "embedding": lambda: F.embedding(input=torch.tensor([0]), weight=torch.eye(2)),
 "layer_norm": lambda: F.layer_norm(input=x, normalized_shape=(3,)).shape,
 "batch_norm": lambda: F.batch_norm(input=x, running_mean=None, running_var=None, training=True).shape,
 "sigmoid": lambda: torch.sigmoid(input=torch.zeros(1)),
 "tanh": lambda: torch.tanh(input=torch.zeros(1)),
 "pow": lambda: torch.pow(input=x, exponent=2).sum(),
 "add": lambda: torch.add(input=x, other=x, alpha=2).sum(),
 "mul": lambda: torch.mul(input=x, other=2).sum(),
 "div": lambda: torch.div(input=x, other=2, rounding_mode="floor").sum(),
 "sort": lambda: torch.sort(input=x, dim=1, descending=True).values[0],
 "cumsum": lambda: torch.cumsum(input=x, dim=1)[1],
 "allclose": lambda: torch.allclose(input=x, other=x, rtol=1e-5, atol=1e-8),
 "eq": lambda: torch.eq(input=x, other=x).all(),
 "mm": lambda: torch.mm(input=x, mat2=x.t()).shape,
 "bmm": lambda: torch.bmm(input=x[None], mat2=x.t()[None]).shape,
 "outer": lambda: torch.outer(input=torch.ones(2), vec2=torch.ones(3)).shape,
 "tensor": lambda: torch.tensor(data=[1, 2], dtype=torch.float64, requires_grad=False),
 "randn": lambda: torch.randn(size=(2, 2)).shape,
 "ones_like": lambda: torch.ones_like(input=x).shape,
 "zeros_like": lambda: torch.zeros_like(input=x, dtype=torch.int64).dtype,
 "x.index_select": lambda: x.index_select(dim=1, index=torch.tensor([0])).shape,
 "x.scatter": lambda: torch.zeros(2, 3).scatter(dim=1, index=torch.tensor([[0], [1]]), value=1.0),
 "clip_grad": lambda: torch.nn.utils.clip_grad_norm_(parameters=[torch.ones(1, requires_grad=True)], max_norm=1.0),
}
for k, f in calls.items():
    try:
        print(k, f())
    except Exception as e:
        print(k, "ERR", type(e).__name__, e)
torch.manual_seed(0)
nn = torch.nn
y = torch.ones(1, 2)
more = {
 "Linear": lambda: nn.Linear(2, 2)(input=y).shape,
 "ReLU": lambda: nn.ReLU()(input=-y),
 "Conv2d": lambda: nn.Conv2d(1, 1, 1)(input=torch.ones(1, 1, 2, 2)).shape,
 "Sequential": lambda: nn.Sequential(nn.ReLU(), nn.Tanh())(input=y),
 "CrossEntropyLoss": lambda: nn.CrossEntropyLoss()(input=torch.zeros(2, 3), target=torch.tensor([0, 2])),
 "F.relu": lambda: F.relu(input=-y),
 "sum": lambda: torch.sum(input=x, dim=0),
 "max other": lambda: torch.max(input=x, other=torch.full((3,), 2.0)),
 "arange end": lambda: torch.arange(end=3),
 "x.to device dtype": lambda: x.to(device="cpu", dtype=torch.int64).dtype,
 "x.clamp": lambda: x.clamp(min=1, max=2),
 "torch.exp": lambda: torch.exp(input=x)[0, 0],
}
for k, f in more.items():
    try:
        print(k, f())
    except Exception as e:
        print(k, "ERR", type(e).__name__, e)
