# "Automatic Differentiation with torch.autograd" (Learn the Basics, PyTorch 1.13): the tutorial's code,
# seeded; the grad_fn lines print the repr without its address (<AddBackward0 object at 0x...> differs
# per run), binary_cross_entropy_with_logits, no_grad, detach, and the Jacobian product with
# retain_graph=True accumulating in inp.grad until zero_()
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

x = torch.ones(5)  # input tensor
y = torch.zeros(3)  # expected output
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w)+b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)

print(f"Gradient function for z = {str(z.grad_fn).split(' object')[0]}")
print(f"Gradient function for loss = {str(loss.grad_fn).split(' object')[0]}")

loss.backward()
print(w.grad)
print(b.grad)

z = torch.matmul(x, w)+b
print(z.requires_grad)

with torch.no_grad():
    z = torch.matmul(x, w)+b
print(z.requires_grad)

z = torch.matmul(x, w)+b
z_det = z.detach()
print(z_det.requires_grad)

inp = torch.eye(4, 5, requires_grad=True)
out = (inp+1).pow(2).t()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"First call\n{inp.grad}")
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\nSecond call\n{inp.grad}")
inp.grad.zero_()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\nCall after zeroing gradients\n{inp.grad}")
print(loss, z, out.grad_fn.name(), out.grad_fn.next_functions[0][0].name())
print([n[0].name() if n[0] is not None else None for n in loss.grad_fn.next_functions])
print(repr(loss.grad_fn).startswith("<BinaryCrossEntropyWithLogitsBackward0 object at 0x"))
