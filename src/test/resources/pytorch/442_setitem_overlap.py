# A write whose source overlaps what it writes: PyTorch's RuntimeError (at::assert_no_partial_overlap); exactly the
# same entries, disjoint entries, a 0-d source or a strided (non-dense) view are allowed.
import torch
torch.set_default_dtype(torch.float64)
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
def s1():
    f = torch.arange(4); f[1:3] = f[0:2]; return f
def s2():
    f = torch.arange(4); f[0:2] = f[2:4]; return f
def s3():
    f = torch.arange(4); f[0:2] = f[0:2]; return f
def s4():
    f = torch.arange(6); f[::2] = f[1::2]; return f
def s5():
    f = torch.arange(6.).reshape(2, 3); f[0] = f[1]; return f
def s6():
    f = torch.arange(6.).reshape(2, 3); f[:, 0] = f[:, 1]; return f
def s7():
    f = torch.arange(4); f[1:3] = f[0:2] + 0; return f
def s8():
    f = torch.arange(4); f[:] = f.flip(0); return f
def s9():
    f = torch.arange(4); g = f.view(2, 2); f[0:2] = g[1]; return f
def s10():
    f = torch.arange(4); f[1:] = f[:-1]; return f
def s11():
    f = torch.arange(4); f[[1, 2]] = f[0:2]; return f
def s12():
    f = torch.arange(4); f.copy_(f); return f
def s13():
    f = torch.arange(4); f[1:3].copy_(f[0:2]); return f
def s14():
    f = torch.arange(6.).reshape(2, 3); f[0, 1:] = f[0, :2]; return f
def s15():
    f = torch.arange(4); f[f > 1] = f[0:2]; return f
def s16():
    f = torch.arange(4); f[:2] = f.T[1:3]; return f
def s17():
    f = torch.arange(4.); f[1:3] = f.detach()[0:2]; return f
for s in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s14, s15, s17]: t(s)
def a1():
    f = torch.arange(4); f[[0, 1, 2, 3]] = f; return f
def a2():
    f = torch.arange(4); f[f >= 0] = f; return f
def a3():
    f = torch.arange(4); f[0:2] = f[0]; return f
def a4():
    f = torch.arange(4); g = f.view(2, 2); g[:] = g.t(); return f
def a5():
    f = torch.arange(4); f[[0]] = f[3:4]; return f
def a6():
    f = torch.arange(6).view(2, 3); f[1, [0, 2]] = f[0, 0:2]; return f
def a7():
    f = torch.arange(6).view(2, 3); f[1, [0, 2]] = f[1, 1:3]; return f
def a10():
    f = torch.arange(4); f[...] = f; return f
def a11():
    f = torch.arange(4); f[:] = f[0:4]; return f
def a12():
    f = torch.arange(4.).requires_grad_(); g = f * 1; g[1:3] = g[0:2]; return g
def a14():
    f = torch.arange(4); f[1:3] = f[0:2].view(2); return f
for s in [a1, a2, a3, a4, a5, a6, a7, a10, a11, a12, a14]: t(s)
