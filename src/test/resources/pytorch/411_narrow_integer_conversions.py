# Session 12's review: a Python number converted to an integer type as PyTorch's c10 checked conversion
# does (torch.tensor, full, fill_, setitem, masked_fill, where, clamp, linspace's ends): uint8 takes -255..255
# (negative ints wrap), floats must lie in the type's range; randint's bounds; integer linspace's kernel
# (the ends converted first, each value truncated, vectors of 32 bytes); a uint8 index is a mask (its
# assignment of one value is masked_fill_, which takes 0 and 1 only); Tensor.where takes no number.
import torch
torch.set_default_dtype(torch.float64)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


u = torch.tensor([1, 200, 3], dtype=torch.uint8)
i8 = torch.tensor([1, -100, 3], dtype=torch.int8)


def setitem(t, v):
    w = t.clone()
    w[0] = v
    return w


def fill(t, v):
    return t.clone().fill_(v)


for v in [-1, -255, -256, 255, 256, -1.0, -0.5, 255.5, True, float('nan'), float('inf')]:
    show('u8 tensor %r' % (v,), lambda: torch.tensor([v], dtype=torch.uint8))
    show('u8 full %r' % (v,), lambda: torch.full((1,), v, dtype=torch.uint8))
    show('u8 setitem %r' % (v,), lambda: setitem(u, v))
    show('u8 fill_ %r' % (v,), lambda: fill(u, v))
for v in [-128, -129, 127, 128, -1.5, 127.9]:
    show('i8 tensor %r' % (v,), lambda: torch.tensor([v], dtype=torch.int8))
    show('i8 full %r' % (v,), lambda: torch.full((1,), v, dtype=torch.int8))
    show('i8 setitem %r' % (v,), lambda: setitem(i8, v))
show('i16', lambda: torch.tensor([40000], dtype=torch.int16))
show('i16 full', lambda: torch.full((1,), 40000, dtype=torch.int16))
show('i32', lambda: torch.tensor([2**31], dtype=torch.int32))
show('i32 full', lambda: torch.full((1,), 2**31, dtype=torch.int32))
show('i64', lambda: torch.tensor([2**63], dtype=torch.int64))
show('i64 full float', lambda: torch.full((1,), 1e20, dtype=torch.int64))
show('i64 tensor float', lambda: torch.tensor([1e20], dtype=torch.int64))
show('i64 setitem', lambda: setitem(torch.tensor([1, 2]), 2**70))
show('from a tensor wraps', lambda: torch.tensor([300, -1]).to(torch.uint8))
show('setitem a tensor wraps', lambda: setitem(u, torch.tensor(300)))
show('fill_ tensor', lambda: u.clone().fill_(torch.tensor(300)))
show('fill_ tensor -1', lambda: u.clone().fill_(torch.tensor(-1)))
show('fill_ 2.5', lambda: u.clone().fill_(2.5))
show('masked_fill 300', lambda: u.masked_fill(u > 100, 300))
show('masked_fill -1', lambda: u.masked_fill(u > 100, -1))
show('masked_fill -256', lambda: u.masked_fill(u > 100, -256))
show('masked_fill 2.7', lambda: u.masked_fill(u > 100, 2.7))
show('masked_fill tensor 300', lambda: u.masked_fill(u > 100, torch.tensor(300)))
show('masked_fill_ 300', lambda: u.clone().masked_fill_(u > 100, 300))
show('where 300', lambda: torch.where(u > 100, u, 300))
show('where 300 first', lambda: torch.where(u > 100, 300, u))
show('where -1', lambda: torch.where(u > 100, u, -1))
show('where 2.5', lambda: torch.where(u > 100, u, 2.5))
show('Tensor.where 300', lambda: u.where(u > 100, 300))
show('clamp min -5', lambda: u.clamp(min=-5))
show('clamp max 300', lambda: u.clamp(max=300))
show('clamp min -300', lambda: u.clamp(min=-300))
show('clamp int8', lambda: i8.clamp(min=-200, max=200))
show('clamp int8 -5', lambda: i8.clamp(min=-5))
show('clamp float', lambda: u.clamp(min=-1.5))
show('clamp_ min -5', lambda: u.clone().clamp_(min=-5))
show('clamp_ max 300', lambda: u.clone().clamp_(max=300))
show('clamp_ float', lambda: u.clone().clamp_(max=2.5))
show('clamp int64 2**70', lambda: torch.tensor([1, 2]).clamp(max=2**70))
show('clamp_min 300', lambda: torch.clamp_min(u, 300))
show('clamp_max -1', lambda: torch.clamp_max(u, -1))
show('randint 0 256', lambda: torch.randint(0, 256, (3,), dtype=torch.uint8).shape)
show('randint 0 257', lambda: torch.randint(0, 257, (3,), dtype=torch.uint8))
show('randint -5 5', lambda: torch.randint(-5, 5, (3,), dtype=torch.uint8))
show('randint int8 low', lambda: torch.randint(-129, 0, (3,), dtype=torch.int8))
show('randint int8 high', lambda: torch.randint(-128, 129, (3,), dtype=torch.int8))
show('randint int16', lambda: torch.randint(0, 2**16, (2,), dtype=torch.int16))
show('randint int32', lambda: torch.randint(0, 2**32, (2,), dtype=torch.int32))
show('randint bool', lambda: torch.randint(0, 3, (2,), dtype=torch.bool))
show('randint bool 2', lambda: torch.randint(0, 2, (2,), dtype=torch.bool).shape)
show('randint 2**70', lambda: torch.randint(0, 2**70, (2,)))
show('linspace u8 overflow', lambda: torch.linspace(0, 300, 5, dtype=torch.uint8))
show('linspace u8 -10 10', lambda: torch.linspace(-10, 10, 5, dtype=torch.uint8))
show('linspace u8 -0.5', lambda: torch.linspace(-0.5, 9.7, 6, dtype=torch.uint8))
show('linspace i64 floats', lambda: torch.linspace(0.5, 9.7, 6, dtype=torch.int64))
show('linspace i32 1e10', lambda: torch.linspace(0, 1e10, 3, dtype=torch.int32))
show('linspace bool', lambda: torch.linspace(0, 1, 3, dtype=torch.bool))
show('linspace one', lambda: torch.linspace(7, 9, 1, dtype=torch.uint8))
types = {'int64': torch.int64, 'int32': torch.int32, 'int16': torch.int16, 'int8': torch.int8, 'uint8': torch.uint8}
for s, e, n, t in [(0, 100, 37, 'int64'), (3, -50, 41, 'int32'), (0, 255, 70, 'uint8'), (0, 7, 64, 'int16'), (48, -10, 175, 'int32'),
                   (-51, 74, 14, 'int16'), (-80, 59, 16, 'int64'), (109, 19, 24, 'uint8'), (86, -93, 63, 'int8'), (89, -98, 146, 'int64'),
                   (-14, -97, 149, 'int64'), (203, 25, 58, 'uint8'), (-68, 29, 145, 'int32'), (90, 32, 121, 'int8'), (232, 185, 78, 'uint8'),
                   (153, 253, 89, 'uint8'), (19, -91, 32, 'int8'), (49, -117, 120, 'int8'), (-42, -69, 128, 'int16'), (75, 72, 129, 'int32'),
                   (142, 70, 112, 'uint8'), (-126, -54, 109, 'int16'), (27, 233, 145, 'uint8'), (-94, -22, 114, 'int32'), (-128, -51, 139, 'int64')]:
    print('linspace', s, e, n, t, torch.linspace(s, e, n, dtype=types[t]).tolist())
show('uint8 index is a mask', lambda: torch.arange(3)[torch.tensor([1, 0, 2], dtype=torch.uint8)])
w = torch.arange(4)
w[torch.tensor([0, 1, 0, 1], dtype=torch.uint8)] = 9
w[torch.tensor([1, 1, 0, 0], dtype=torch.uint8)] = torch.tensor(7)
print(w)
w[torch.tensor([1, 1, 0, 0], dtype=torch.uint8)] = torch.tensor([5, 6])
print(w)
w[torch.tensor([1, 2, 0, 0], dtype=torch.uint8)] = torch.tensor([3, 4])
print(w)
x = torch.arange(6).reshape(2, 3)
print(x[torch.tensor([1, 0], dtype=torch.uint8), 1:], x[torch.tensor([3, 0], dtype=torch.uint8)])
show('Tensor.where tensor', lambda: torch.tensor([1, 2]).where(torch.tensor([True, False]), torch.tensor(5)))
w[torch.tensor([1, 2, 0, 0], dtype=torch.uint8)] = 9
