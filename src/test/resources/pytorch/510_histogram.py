# torch.histogram (U5, session 17): makemore part 3's activation statistics
# (`hy, hx = torch.histogram(t, density=True)`), int bins (edges by linspace over the data's range or
# range=, the position then a search among the neighbouring edges), a tensor of edges (searched),
# weight=, density=, the method form, its errors; then 300 seeded random cases (values on and
# beside the edges). Recorded from PyTorch 1.13 (float64 default).
import random
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([0., 1., 2., 2.5, 3., 10.])
print(torch.histogram(x, bins=4))
print(torch.histogram(x, 4, density=True))
print(torch.histogram(x, bins=3, range=(0., 3.)))
print(torch.histogram(x, bins=torch.tensor([0., 1., 5., 10.])))
print(torch.histogram(x, bins=2, weight=torch.tensor([1., 2., 3., 4., 5., 6.])))
print(torch.histogram(torch.tensor([2., 2.]), bins=2))
print(torch.histc(torch.tensor([2., 2.]), bins=2))
print(torch.histogram(torch.tensor([]), bins=2))
h = torch.histogram(x, 3)
print(h.hist, h.bin_edges, type(h).__name__)
hy, hx = torch.histogram(torch.tensor([[1., 2.], [3., 4.]]), 2)
print(hy, hx)
print(x.histogram(2))
cases = [("torch.histogram(torch.tensor([1, 2]), 2)", lambda: torch.histogram(torch.tensor([1, 2]), 2)),
         ("torch.histogram(x, 0)", lambda: torch.histogram(x, 0)),
         ("torch.histogram(x, 2, range=(3., 1.))", lambda: torch.histogram(x, 2, range=(3., 1.))),
         ("torch.histogram(torch.tensor([1., float('inf')]), 2)", lambda: torch.histogram(torch.tensor([1., float('inf')]), 2)),
         ("torch.histogram(x, torch.tensor([[0., 1.]]))", lambda: torch.histogram(x, torch.tensor([[0., 1.]]))),
         ("torch.histogram(x, torch.tensor([2., 1.]))", lambda: torch.histogram(x, torch.tensor([2., 1.]))),
         ("torch.histogram(x, 2, weight=torch.ones(3))", lambda: torch.histogram(x, 2, weight=torch.ones(3))),
         ("torch.histogram(x)", lambda: torch.histogram(x))]
cases += [("torch.histogram(x, torch.tensor([]))", lambda: torch.histogram(x, torch.tensor([]))),
         ("torch.histogram(x, torch.tensor([1., 2.]), range=(0., 1.))", lambda: torch.histogram(x, torch.tensor([1., 2.]), range=(0., 1.))),
         ("torch.histogram(x, torch.tensor([1, 2]))", lambda: torch.histogram(x, torch.tensor([1, 2]))),
         ("torch.histogram(x, 2, weight=torch.ones(6, dtype=torch.long))", lambda: torch.histogram(x, 2, weight=torch.ones(6, dtype=torch.long))),
         ("torch.histogram(x, 2, weight=torch.ones(2, 3))", lambda: torch.histogram(x, 2, weight=torch.ones(2, 3))),
         ("torch.histogram(torch.ones(2, 2), 2, weight=torch.ones(3))", lambda: torch.histogram(torch.ones(2, 2), 2, weight=torch.ones(3))),
         ("torch.histogram(x, 2, range=(1., 1.))", lambda: torch.histogram(x, 2, range=(1., 1.))),
         ("torch.histogram(torch.tensor([float('nan'), 1.]), 2)", lambda: torch.histogram(torch.tensor([float('nan'), 1.]), 2)),
         ("torch.histogram(torch.tensor([0., 0.]), 2, density=True)", lambda: torch.histogram(torch.tensor([0., 0.]), 2, density=True)),
         ("torch.histogram(x, 2, range=(20., 30.), density=True)", lambda: torch.histogram(x, 2, range=(20., 30.), density=True)),
         ("torch.histogram(x, 2.5)", lambda: torch.histogram(x, 2.5)),
         ("torch.histogram(x, bins=2, range=[0, 4])", lambda: torch.histogram(x, bins=2, range=[0, 4])),
         ("torch.histogram(x, 2, (0., 4.))", lambda: torch.histogram(x, 2, (0., 4.))),
         ("torch.histogram(torch.tensor(3.), 2)", lambda: torch.histogram(torch.tensor(3.), 2)),
         ("torch.histogram(x, 2, range=(0., float('nan')))", lambda: torch.histogram(x, 2, range=(0., float('nan')))),
         ("torch.histogram(x, 2, weight=torch.ones(6), density=True)", lambda: torch.histogram(x, 2, weight=torch.ones(6), density=True)),
         ("x.histogram(bins=torch.tensor([0., 5.]))", lambda: x.histogram(bins=torch.tensor([0., 5.]))),
         ("torch.histogram(x, torch.tensor([1.]))", lambda: torch.histogram(x, torch.tensor([1.]))), ("torch.histogram(x, -1)", lambda: torch.histogram(x, -1)),
         ("torch.histogram(x, 2, range=(0, 1, 2))", lambda: torch.histogram(x, 2, range=(0, 1, 2))),
         ("torch.histogram(torch.ones(2, requires_grad=True), 2)", lambda: torch.histogram(torch.ones(2, requires_grad=True), 2))]
for text, bad in cases:
    try:
        r = bad()
        print(text, "->", r.hist.tolist(), r.bin_edges.tolist(), r.hist.dtype, r.hist.requires_grad)
    except Exception as e:
        print(text, "->", type(e).__name__, e)
t = torch.tanh(torch.randn(200, 10, generator=torch.Generator().manual_seed(2147483647)) * 3).requires_grad_()
hy, hx = torch.histogram(t, density=True)
print(hy.grad_fn is not None, hx[:-1].detach()[:3].tolist(), hy.detach().sum().item(), len(hx))
random.seed(5)
bad = 0
for case in range(300):
    n = random.randint(0, 30)
    bins = random.randint(1, 25)
    xs = [random.choice([round(random.uniform(-3, 3), 1), random.uniform(-3, 3), random.randint(-3, 3) / 7]) for _ in range(n)]
    kw = {}
    if random.random() < 0.3:
        lo = random.choice([-1.0, -0.3, 0.0, 0.1])
        kw["range"] = (lo, lo + random.choice([0.7, 1.0, 2.2, 3.0]))
    if random.random() < 0.3:
        kw["weight"] = torch.tensor([random.uniform(0, 2) for _ in range(n)])
    if random.random() < 0.3:
        kw["density"] = True
    h = torch.histogram(torch.tensor(xs), bins, **kw)
    print(case, h.hist.tolist(), h.bin_edges.tolist())
    e = torch.tensor(sorted(random.sample([i / 4 for i in range(-12, 13)], random.randint(2, 6))))
    h2 = torch.histogram(torch.tensor(xs), e)
    print(case, h2.hist.tolist())
