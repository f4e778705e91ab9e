import torch
torch.set_default_dtype(torch.float64)
# torch.result_type (tensors, 0-d tensors, numbers), promote_types, can_cast, is_nonzero: values and errors
def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)
a = torch.tensor([1, 2]); f = torch.tensor([1., 2.]); b = torch.tensor([True])
i8 = torch.tensor([1], dtype=torch.int8); u8 = torch.tensor([1], dtype=torch.uint8); i32 = torch.tensor([1], dtype=torch.int32)
print(torch.result_type(a, f), torch.result_type(a, 2.5), torch.result_type(a, 2), torch.result_type(b, 1), torch.result_type(u8, i8), torch.result_type(2, 3.), torch.result_type(1, 2))
print(torch.result_type(i32, 5), torch.result_type(i32, torch.tensor(5)), torch.result_type(i32, a), torch.result_type(b, True), torch.result_type(u8, torch.tensor(-1)), torch.result_type(b, f))
print(torch.promote_types(torch.int32, torch.float32), torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.bool, torch.int64), torch.promote_types(torch.int16, torch.int32))
print(torch.promote_types(torch.float16, torch.float64), torch.promote_types(torch.float32, torch.float16), torch.promote_types(torch.bool, torch.bool), torch.promote_types(torch.uint8, torch.bool), torch.promote_types(torch.long, torch.float))
print(torch.can_cast(torch.float64, torch.int32), torch.can_cast(torch.int32, torch.float64), torch.can_cast(torch.int64, torch.bool), torch.can_cast(torch.bool, torch.int8), torch.can_cast(torch.int64, torch.int8), torch.can_cast(torch.uint8, torch.int8))
print(torch.can_cast(torch.float32, torch.float16), torch.can_cast(torch.bool, torch.bool), torch.can_cast(torch.float64, torch.bool), torch.can_cast(torch.int8, torch.uint8))
print(torch.is_nonzero(torch.tensor([1.5])), torch.is_nonzero(torch.tensor(0)), torch.tensor([[True]]).is_nonzero(), torch.is_nonzero(torch.tensor([-0.])), torch.is_nonzero(torch.tensor(float('nan'))))
show(lambda: torch.is_nonzero(torch.tensor([1, 2])))
show(lambda: torch.is_nonzero(torch.tensor([])))
show(lambda: torch.promote_types(torch.int32, 3))
show(lambda: torch.can_cast(1, torch.int32))
x = torch.tensor([0.5], requires_grad=True)
print(torch.is_nonzero(x * 2), torch.result_type(x, 1))
# unique_consecutive: runs of equal values (NaNs never equal), inverse and counts, dim=, 0-d, gradients refused
x = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
print(torch.unique_consecutive(x), torch.unique_consecutive(x, return_counts=True), torch.unique_consecutive(x, return_inverse=True), x.unique_consecutive(return_inverse=True, return_counts=True))
y = torch.tensor([[1, 1], [1, 1], [2, 3], [2, 3], [1, 1]])
print(torch.unique_consecutive(y, dim=0), torch.unique_consecutive(y, dim=1, return_counts=True), torch.unique_consecutive(y, return_inverse=True, dim=0))
print(torch.unique_consecutive(torch.tensor([]), return_counts=True), torch.unique_consecutive(torch.tensor([2., float('nan'), float('nan'), -0., 0.])), torch.unique_consecutive(torch.tensor(5), return_inverse=True, return_counts=True))
v = torch.tensor([1., 1., 2.], requires_grad=True)
u = torch.unique_consecutive(v)
print(u, u.grad_fn.name())
show(lambda: u.sum().backward())
