# relu's gradient is PyTorch's threshold_backward: 0 where relu is flat (+0, not g*0 = -0 or NaN
# for an infinite g), g where its output is NaN; with create_graph it is a node of its own whose
# inputs are the incoming gradient and relu's output (ReluBackward0).
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([-1.0, 2.0, 0.0, float('nan'), -3.0], requires_grad=True)
(torch.relu(x) * -2).sum().backward()
print(x.grad)
x.grad = None
(torch.relu(x) * torch.tensor([float('inf'), float('nan'), 1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
x = torch.tensor([-1.0, 2.0], requires_grad=True)
g, = torch.autograd.grad((torch.relu(x) * -2).sum(), x, create_graph=True)
print(g, g.grad_fn.name(), [None if f is None else f.name() for f, _ in g.grad_fn.next_functions])
print(torch.autograd.grad((g * g).sum(), x))
h = torch.nn.functional.relu(torch.tensor([[1.0, -2.0], [-0.0, 4.0]], requires_grad=True))
h.backward(torch.tensor([[-1.0, -1.0], [-1.0, -1.0]]))
print(h.grad_fn.next_functions[0][0].variable.grad)
