# Mixed precision as tutorials write it, on a machine without CUDA (PyTorch 1.13's CPU build): GradScaler(enabled=False)
# and the enabled one that warns and disables itself (scale() gives the loss back, step() is the optimizer's), autocast
# in its forms (torch.autocast('cpu'/'cuda'), torch.cuda.amp.autocast, torch.cpu.amp.autocast, a decorator), the flags
# they set, and their errors. CPU autocast never touches float64, so the numbers are the same. Recorded from torch 1.13.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
m = nn.Linear(3, 1)
x = torch.randn(4, 3)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
scaler = torch.cuda.amp.GradScaler(enabled=False)
print(scaler.is_enabled(), scaler.get_scale(), scaler.state_dict())
with torch.cuda.amp.autocast(enabled=False):
    loss = m(x).pow(2).mean()
s = scaler.scale(loss)
print(s is loss)
s.backward()
t(lambda: scaler.unscale_(opt))
t(lambda: scaler.step(opt))
t(lambda: scaler.update())
print(m.bias)
t(lambda: scaler.get_growth_factor())
t(lambda: scaler.get_backoff_factor())
t(lambda: scaler.get_growth_interval())
t(lambda: scaler.set_growth_factor(3.0))
t(lambda: scaler.update(4.0))
t(lambda: scaler.load_state_dict({}))
t(lambda: scaler.scale([loss, loss]))
t(lambda: scaler.step(opt, 1, 2))
t(lambda: scaler.step(opt, closure=lambda: 5.0))
t(lambda: scaler._enabled)
print(type(scaler).__module__, type(scaler).__name__)
print(torch.cuda.amp.GradScaler().is_enabled())
with torch.autocast(device_type='cpu', enabled=False):
    y = m(x)
print(y.dtype)
with torch.autocast('cpu', enabled=False):
    y = m(x)
with torch.cpu.amp.autocast(enabled=False):
    y = m(x)
print(torch.is_autocast_enabled(), torch.is_autocast_cpu_enabled())
print(type(torch.cuda.amp.autocast()).__module__)
def g():
    with torch.cuda.amp.autocast():
        return m(x).dtype
t(g)
def g2():
    with torch.autocast(device_type='cuda'):
        return m(x).dtype
t(g2)
def g3():
    with torch.autocast(device_type='cpu'):
        return m(x).dtype, torch.is_autocast_cpu_enabled(), (x + 1).dtype, torch.get_autocast_cpu_dtype()
t(g3)
def g4():
    with torch.autocast(device_type='cpu', dtype=torch.float64):
        return m(x).dtype
t(g4)
def g5():
    with torch.autocast(device_type='xla'):
        return m(x).dtype
t(g5)
def g6():
    with torch.autocast(device_type='cpu', enabled=False, dtype=torch.float16):
        return m(x).dtype
t(g6)
@torch.cuda.amp.autocast(enabled=False)
def h(a): return a * 2
t(lambda: h(torch.ones(2)))
print(torch.cuda.amp.autocast(enabled=False)._enabled)
def ctx(mk):
    def f():
        with mk() as v:
            return v, torch.is_autocast_enabled(), torch.is_autocast_cpu_enabled(), torch.get_autocast_cpu_dtype(), torch.get_autocast_gpu_dtype(), torch.is_autocast_cache_enabled()
    return f
t(ctx(lambda: torch.autocast('cuda', dtype=torch.float64)))
t(ctx(lambda: torch.autocast('cuda', dtype=torch.bfloat16)))
t(lambda: torch.cuda.amp.autocast(dtype=torch.bfloat16))
t(ctx(lambda: torch.autocast('cpu', cache_enabled=False)))
t(ctx(lambda: torch.autocast('cpu', enabled=False)))
t(ctx(lambda: torch.cpu.amp.autocast()))
t(ctx(lambda: torch.cuda.amp.autocast(enabled=False)))
t(lambda: torch.autocast())
t(lambda: torch.autocast(device_type=3))
t(lambda: torch.autocast('cpu', torch.bfloat16, True, True, 5))
t(lambda: torch.cuda.amp.autocast(True, torch.float16, True, 5))
print(type(torch.autocast("cpu")).__name__)
a = torch.autocast('cpu')
print(a.device, a.fast_dtype, a._enabled, a._cache_enabled)
c = torch.cuda.amp.autocast()
print(c.device, c.fast_dtype, c._enabled, c._cache_enabled, type(c).__mro__)
print(type(torch.cpu.amp.autocast()).__mro__)
def nest():
    with torch.autocast('cpu'):
        with torch.autocast('cpu', enabled=False):
            x = torch.is_autocast_cpu_enabled()
        return x, torch.is_autocast_cpu_enabled()
t(nest)
def exc():
    try:
        with torch.autocast('cpu'):
            raise ValueError("boom")
    except ValueError: pass
    return torch.is_autocast_cpu_enabled()
t(exc)
@torch.autocast('cpu')
def dec(x): return torch.is_autocast_cpu_enabled(), x
t(lambda: dec(3))
print(torch.is_autocast_cpu_enabled())
a = torch.autocast('cpu'); print(a.__enter__(), torch.is_autocast_cpu_enabled(), a.__exit__(None, None, None), torch.is_autocast_cpu_enabled())
t(lambda: torch.set_autocast_cpu_dtype(torch.float64))
t(lambda: torch.set_autocast_cpu_enabled(True))
print(torch.is_autocast_cpu_enabled()); torch.set_autocast_cpu_enabled(False)
t(lambda: torch.set_autocast_enabled(True))
print(torch.is_autocast_enabled()); torch.set_autocast_enabled(False)
print(torch.cuda.amp.GradScaler(init_scale=1024, growth_factor=0.5).get_scale())
print(torch.get_autocast_gpu_dtype())
from torch.cuda.amp import GradScaler, autocast
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
scaler = GradScaler()
for i in range(3):
    opt.zero_grad()
    with autocast():
        loss = nn.functional.mse_loss(model(x), torch.ones(4, 1))
    scaler.scale(loss).backward()
    scaler.unscale_(opt)
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    scaler.step(opt)
    scaler.update()
    print(i, loss.item(), scaler.get_scale())
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    print(model(x))
