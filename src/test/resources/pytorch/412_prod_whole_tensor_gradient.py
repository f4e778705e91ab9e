# prod's gradient as PyTorch 1.13's prod_backward: the product of a whole tensor with two or more zeros has a
# constant zero gradient (no graph, so grad of it fails), with one zero a view (ViewBackward0); prod along a dim
# (even the only one) is ProdBackward1; a 0-d input passes the gradient through.
import torch
torch.set_default_dtype(torch.float64)
def second(x, y):
    g, = torch.autograd.grad(y, x, create_graph=True)
    print(g, g.requires_grad)
    try:
        h, = torch.autograd.grad(g.sum(), x, allow_unused=True)
        print(h)
    except RuntimeError as e:
        print('RuntimeError:', e)
for vals in [[0., 0., 2.], [0., 0., 0.], [0., 3., 2.], [1., 3., 2.]]:
    x = torch.tensor(vals, requires_grad=True)
    second(x, x.prod())
for vals in [[[0., 0., 2.], [1., 0., 0.]], [[0., 0., 2.], [1., 3., 0.]], [[0., 1., 2.], [1., 3., 0.]], [[1., 1., 2.], [1., 3., 4.]]]:
    x = torch.tensor(vals, requires_grad=True)
    second(x, x.prod(dim=1).sum())
    x = torch.tensor(vals, requires_grad=True)
    second(x, x.prod(dim=0, keepdim=True).sum())
x = torch.tensor([0., 0., 2.], requires_grad=True)
print(x.prod(0), x.prod(0, keepdim=True), x.prod())
second(x, x.prod(0))
x = torch.tensor(0., requires_grad=True)
second(x, x.prod())
second(x, x.prod(0))
x = torch.tensor([[0., 0., 2.]], requires_grad=True)
second(x, x.prod())
x = torch.tensor([[0., 1., 2.]], requires_grad=True)
second(x, x.prod())
x = torch.tensor([0., 0., 2.], requires_grad=True)
x.prod().backward(create_graph=True)
print(x.grad, x.grad.requires_grad)
