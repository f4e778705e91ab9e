# The backward graph: next_functions link each node to its inputs' nodes (AccumulateGrad for leaves).
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor([3.0, 4.0])
y = (x * c).exp()
print(y.grad_fn.name())
f, i = y.grad_fn.next_functions[0]
print(f.name(), i)
print([(type(g).__name__ if g is not None else None, k) for g, k in f.next_functions])
print(f.next_functions[0][0].variable is x)
