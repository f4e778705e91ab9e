import torch
torch.set_default_dtype(torch.float64)
# index_fill's number converted to the tensor's type as fill_ converts it (checked: int8's 300 overflows,
# uint8's -1 wraps to 255); randint of a floating type past 2^53 still draws (PyTorch only warns)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = torch.zeros(3, dtype=torch.int8)
show(lambda: a.index_fill(0, torch.tensor([1]), 300))
show(lambda: a.index_fill(0, torch.tensor([1]), -129))
print(a.index_fill(0, torch.tensor([1]), -128), a.index_fill(0, torch.tensor([2]), 127))
print(torch.zeros(3, dtype=torch.uint8).index_fill_(0, torch.tensor([0]), -1))
show(lambda: torch.zeros(3, dtype=torch.uint8).index_fill_(0, torch.tensor([0]), 256))
print(torch.zeros(3, dtype=torch.long).index_fill_(0, torch.tensor([0]), 2.5))
show(lambda: torch.zeros(3, dtype=torch.int16).index_fill(0, torch.tensor([0, 2]), 2**15))
print(torch.zeros(2, 2, dtype=torch.bool).index_fill(1, torch.tensor([1]), 5))
torch.manual_seed(0)
print(torch.randint(0, 2**60, (2,), dtype=torch.float64))
print(torch.randint(-2**53 - 1, 2, (2,), dtype=torch.float64))
print(torch.randint(0, 2**53 + 1, (3,), dtype=torch.float64))
show(lambda: torch.randint(0, 2**63, (2,), dtype=torch.float64))
