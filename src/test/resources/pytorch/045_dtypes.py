# float64 is the default type here; float32 requests are accepted; int64 and bool types print their way.
import torch
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype())
x = torch.tensor([1.0, 2.0])
print(x.dtype, torch.tensor([1, 2]).dtype, torch.tensor([True]).dtype)
print(x.dtype == torch.float64, x.dtype == torch.double)
i = torch.tensor([3, 4])
print(i / 2, i // 2, i * 2, i + 0.5)
print(i.float().dtype if False else i.double(), x.long(), x.int().dtype if False else x.long().dtype, (x > 1).dtype)
print(x.to(torch.int64), i.to(torch.float64))
print(torch.tensor([1.5, 2.5], dtype=torch.float64))
print((torch.tensor([True, False]) + torch.tensor([1, 1])))
print(torch.tensor([1, 2]).sum(), torch.tensor([True, True, False]).sum())
