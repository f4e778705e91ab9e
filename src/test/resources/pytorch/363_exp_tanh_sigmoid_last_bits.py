# torch.exp is SLEEF's vector exp for every element; sigmoid is 1 / (1 + exp(-x)) with SLEEF's exp in
# vectors of 8 and the C library's for the last n % 8; tanh's gradient is g * (1 - y*y) with a fused
# multiply-add, sigmoid's g * (1 - y) * y; gelu's tanh form fuses x + 0.044715 x^3. Their last bits
# show in .item()/.tolist(): micrograd's neuron, d2l's softmax check. Printed with each value's last
# six hex digits, as the suite compares printed numbers to 1e-9 only.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def bits(v):
    return v.hex().split('p')[0][-6:]
# micrograd's neuron (the video's PyTorch cross-check)
x1 = torch.tensor([2.0]).double(); x1.requires_grad = True
x2 = torch.tensor([0.0]).double(); x2.requires_grad = True
w1 = torch.tensor([-3.0]).double(); w1.requires_grad = True
w2 = torch.tensor([1.0]).double(); w2.requires_grad = True
b = torch.tensor([6.8813735870195432]).double(); b.requires_grad = True
n = x1 * w1 + x2 * w2 + b
o = torch.tanh(n)
print(o.data.item())
o.backward()
print('x2', x2.grad.item(), 'w2', w2.grad.item(), 'x1', x1.grad.item(), 'w1', w1.grad.item())
# d2l's softmax from scratch: each row sums to 1
X = torch.tensor([[-0.16388512853091547, -1.040391499156514, -0.3576273186758426, -0.04179556792572958, 0.27364162519315555],
                  [-0.7719799375075054, 0.8852025248656614, -1.27893613312837, -2.439131315024742, 0.17551935748387795]])
X_exp = torch.exp(X)
print((X_exp / X_exp.sum(1, keepdim=True)).sum(1), torch.exp(torch.tensor(-0.3576273186758426)).item())
xs = torch.linspace(-6, 6, 203)
for name, f in [('exp', torch.exp), ('tanh', torch.tanh), ('sigmoid', torch.sigmoid), ('gelu_tanh', lambda t: F.gelu(t, approximate='tanh'))]:
    x = xs.clone().requires_grad_()
    y = f(x)
    g, = torch.autograd.grad(y, x, torch.linspace(-2, 3, 203))
    print(name, [bits(v) for v in y.tolist()[::3]])
    if name != 'gelu_tanh':  # (gelu's gradient kernel is not followed to the bit yet)
        print(' grad', [bits(v) for v in g.tolist()[::3]], g.grad_fn)
x = torch.tensor([0.3, -1.7], requires_grad=True)
for f in [torch.tanh, torch.sigmoid]:
    g, = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    gg, = torch.autograd.grad(g.sum(), x)
    print(g.grad_fn.name(), [type(n).__name__ for n, _ in g.grad_fn.next_functions], gg)
print(torch.sigmoid(torch.tensor(0.7)).item(), torch.sigmoid(torch.tensor([0.7] * 9)).tolist()[7:])
