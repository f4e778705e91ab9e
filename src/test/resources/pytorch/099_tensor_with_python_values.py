# A tensor beside a list, a tuple, None or a str: == is identity (False), ordering and arithmetic are
# TypeErrors, as PyTorch's operators return NotImplemented; numbers and tensors broadcast.
import torch
torch.set_default_dtype(torch.float64)
t = torch.ones(2)
def show(f, text):
    try:
        print(text, "->", repr(f()))
    except Exception as e:
        print(text, "->", type(e).__name__, e)
show(lambda: t == [1, 1], "t == [1, 1]")
show(lambda: t != [1, 1], "t != [1, 1]")
show(lambda: [2, 2] == t, "[2, 2] == t")
show(lambda: t == (1, 1), "t == (1, 1)")
show(lambda: t == None, "t == None")
show(lambda: t != None, "t != None")
show(lambda: t == "a", "t == 'a'")
show(lambda: t == 1, "t == 1")
show(lambda: t == 1.0, "t == 1.0")
show(lambda: t == True, "t == True")
show(lambda: t == torch.ones(2), "t == ones(2)")
show(lambda: t < [2, 2], "t < [2, 2]")
show(lambda: t < None, "t < None")
show(lambda: t + [1, 1], "t + [1, 1]")
show(lambda: [1, 1] + t, "[1, 1] + t")
show(lambda: t @ [1., 1.], "t @ [1., 1.]")
show(lambda: t ** [2, 2], "t ** [2, 2]")
show(lambda: t + None, "t + None")
show(lambda: t + "a", "t + 'a'")
show(lambda: 1.0 in t, "1.0 in t")
show(lambda: 3 in t, "3 in t")
show(lambda: torch.tensor(1.) in t, "tensor(1.) in t")
show(lambda: [1.0] in t, "[1.0] in t")
show(lambda: t in [t], "t in [t]")
show(lambda: [t] == [t], "[t] == [t]")
show(lambda: [torch.ones(1)] == [torch.ones(1)], "[ones(1)] == [ones(1)]")
show(lambda: [torch.ones(2)] == [torch.ones(2)], "[ones(2)] == [ones(2)]")
print(t.eq(torch.tensor([1, 1])), torch.tensor([1, 2]) == torch.tensor([1., 2.]))
t < [3, 3]
