# Findings #100 and #123 (checked against torch 1.13): torch.autograd.grad/backward by keyword (Autograd mechanics, d2l 2.5);
# torch.autograd.set_detect_anomaly as a function and a context manager, detect_anomaly(), and the NaN check it enables.
import torch
torch.set_default_dtype(torch.float64)
w = torch.tensor([1., 2.], requires_grad=True)
print(torch.autograd.grad(outputs=(w * w).sum(), inputs=w))
torch.autograd.backward(tensors=(w * w).sum())
print(w.grad)
print(torch.autograd.grad(outputs=[(w * w).sum()], inputs=[w], grad_outputs=[torch.tensor(2.)], retain_graph=True, create_graph=True, allow_unused=True)[0].detach())
z = torch.tensor(1., requires_grad=True)
print(torch.autograd.grad((w * w).sum(), [w, z], allow_unused=True))
torch.autograd.backward((w * 3).sum(), inputs=[w], retain_graph=False, create_graph=False, grad_tensors=torch.tensor(1.))
print(w.grad)
for f in (lambda: torch.autograd.grad(), lambda: torch.autograd.grad(outputs=w.sum()), lambda: torch.autograd.backward(), lambda: torch.autograd.grad(w.sum(), w, foo=1)):
    try:
        f()
    except TypeError as e:
        print(e)
a = torch.tensor([1., 2.], requires_grad=True)
print(torch.is_anomaly_enabled())
with torch.autograd.set_detect_anomaly(True):
    print(torch.is_anomaly_enabled())
    (a * 2).sum().backward()
print(a.grad, torch.is_anomaly_enabled())
x = torch.tensor([0., 1.], requires_grad=True)
with torch.autograd.detect_anomaly():
    print(torch.is_anomaly_enabled())
    try:
        (x.sqrt() * 0).sum().backward()
    except RuntimeError as e:
        print(e)
    try:
        (x / x).sum().backward()
    except RuntimeError as e:
        print(e)
print(torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled())
y = torch.tensor([0.], requires_grad=True)
try:
    torch.where(y > 0, y.log(), y).sum().backward()
except RuntimeError as e:
    print(e)
torch.autograd.set_detect_anomaly(False)
print(torch.is_anomaly_enabled(), type(torch.autograd.set_detect_anomaly(False)).__name__, type(torch.autograd.detect_anomaly()).__name__)
y.grad = None
torch.where(y > 0, y.log(), y).sum().backward()
print(y.grad)
