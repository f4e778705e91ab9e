# torch.dtype, torch.device, torch.Size, tensors, NumPy dtypes and scalars as dict keys and set
# items: ==, hash() agreement and look-ups as PyTorch and NumPy give them.
import numpy as np
import torch

torch.set_default_dtype(torch.float64)


def check(name, a, b):
    try:
        same_hash = hash(a) == hash(b)
        found, n = {a: 1}.get(b), len({a, b})
    except TypeError as e:
        same_hash = found = n = "TypeError: " + str(e)
    print(name, a == b, a != b, same_hash, found, n)


check("dtype alias", torch.float32, torch.float)
check("dtype long", torch.int64, torch.long)
check("device", torch.device("cpu"), torch.device("cpu"))
check("device index", torch.device("cpu", 0), torch.device("cpu:0"))
check("device no index", torch.device("cpu", 0), torch.device("cpu"))
check("Size", torch.Size([2, 3]), torch.Size((2, 3)))
check("Size tuple", torch.Size([2, 3]), (2, 3))
check("Size floats", torch.Size([2, 3]), (2.0, True + 2))
print(hash(torch.Size([2, 3])) == hash((2, 3)), hash(torch.Size([])), hash(torch.Size([4, 5])))
t = torch.tensor([1.0])
print(len({t, t}), {t: 1}[t], hash(t) == hash(t), len({t, torch.tensor([1.0])}))
check("np dtype", np.dtype("float32"), np.dtype(np.float32))
check("np dtype i8", np.dtype("int64"), np.dtype("i8"))
check("np float32", np.float32(0.5), 0.5)
check("np int64", np.int64(3), 3.0)
check("np -0.0", np.float64(-0.0), 0)
print(hash(np.float64(2.5)), hash(np.int64(-1)), hash(np.float32(0.5)))
try:
    hash(np.zeros(2))
except TypeError as e:
    print("TypeError", e)
u = torch.tensor([1.0])
print(t.add == t.add, t.add != t.add, hash(t.add) == hash(t.add), {t.add: 1}.get(t.add), len({t.add, t.add}), t.add == u.add, {t.add: 1}.get(u.add))
# dtypes against names and types, finfo/iinfo (NumPy keeps one finfo per type; PyTorch's compare by dtype and are unhashable), grad_fn nodes
check('npdt-str', np.dtype('float32'), 'float32')
check('npdt-type', np.dtype('float32'), np.float32)
check('npdt-py', np.dtype('float64'), float)
check('npdt-i', np.dtype('int64'), np.dtype(int))
check('finfo', np.finfo(np.float32), np.finfo(np.float32))
check('iinfo', np.iinfo(np.int32), np.iinfo('int32'))
check('tdt-str', torch.float32, 'float32')
check('tfinfo', torch.finfo(torch.float32), torch.finfo(torch.float32))
check('npbool', np.bool_(True), True)
check('npbool1', np.bool_(True), 1)
check('np-inf', np.float64('inf'), float('inf'))
check('np-nan', np.float64('nan'), np.float64('nan'))
check('tgrad', torch.tensor([1.0], requires_grad=True).sum().grad_fn, None)
x = torch.tensor([1.0], requires_grad=True); y = (x * 2).sum()
check('gradfn', y.grad_fn, y.grad_fn)
print(hash(np.bool_(True)), hash(np.float32(1e10)), hash(np.uint8(255)))
check('npint-big', np.uint64(2**63), 2**63)
print(hash(np.uint64(2**63)), hash(np.int64(-2**63)))
print(np.finfo(np.float32) is np.finfo('float32'), np.iinfo(np.int32) is np.iinfo(np.int32), np.finfo(np.float32) == np.finfo(np.float64))
print(torch.iinfo(torch.int32) == torch.iinfo(torch.int32), torch.finfo(torch.float32) == torch.finfo(torch.float64), torch.finfo(torch.float32) != torch.finfo(torch.float32), torch.finfo(torch.float32) == 1)
try:
    hash(torch.iinfo(torch.int32))
except TypeError as e:
    print(e)
