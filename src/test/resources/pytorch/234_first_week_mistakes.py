# Typical first-week mistakes (forgetting zero_grad, updating outside no_grad, backward twice, in-place
# on a leaf, non-scalar backward, shapes, dtypes, conversions, w = w - lr * w.grad), each
# caught as the student's try/except would, with PyTorch's exception type and first line
import torch
torch.set_default_dtype(torch.float64)

def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])

# 1. forgetting optimizer.zero_grad(): gradients accumulate
w = torch.tensor([1.0, -1.0], requires_grad=True)
x = torch.tensor([2.0, 3.0])
for step in range(3):
    loss = (w * x).sum() ** 2
    loss.backward()
    print(step, w.grad)
w.grad = None
print(w.grad)

# 2. the update outside torch.no_grad()
show(lambda: w.sub_(0.1 * torch.ones(2)))
def update_outside():
    global w
    w -= 0.1
show(update_outside)

# 3. w = w - lr * w.grad makes w a non-leaf: the next step has no grad
w = torch.tensor([1.0, -1.0], requires_grad=True)
loss = (w * x).sum() ** 2
loss.backward()
w = w - 0.01 * w.grad
print(w.is_leaf, w.grad_fn is not None)
loss = (w * x).sum() ** 2
loss.backward()
print(w.grad)
show(lambda: w - 0.01 * w.grad)

# 4. backward twice
a = torch.tensor(2.0, requires_grad=True)
b = a.exp() * a
b.backward()
show(lambda: b.backward())
c = (a * a)
c.backward(retain_graph=True)
c.backward()
print(a.grad)

# 5. non-scalar backward and grad of a non-leaf
v = torch.tensor([1.0, 2.0], requires_grad=True)
u = v * 2
show(lambda: u.backward())
u.sum().backward()
print(u.grad, v.grad)

# 6. shapes
A = torch.ones(3, 4)
show(lambda: A @ torch.ones(3))
show(lambda: A.mm(torch.ones(3, 2)))
show(lambda: torch.nn.Linear(5, 2)(A))
show(lambda: A + torch.ones(3))
show(lambda: A.view(5, -1))
show(lambda: torch.cat([A, torch.ones(2, 3)]))
show(lambda: torch.nn.functional.cross_entropy(torch.ones(3, 4), torch.tensor([[1], [0], [2]])))
show(lambda: torch.nn.functional.mse_loss(torch.ones(3), torch.ones(3, 1)).shape)

# 7. dtypes
show(lambda: torch.tensor([1, 2], requires_grad=True))
show(lambda: torch.nn.functional.cross_entropy(torch.ones(2, 3), torch.tensor([0.0, 1.0])))
show(lambda: torch.nn.functional.nll_loss(torch.ones(2, 3), torch.tensor([0.0, 1.0])))

# 8. conversions
loss = torch.tensor(0.25)
show(lambda: torch.ones(3).item())
show(lambda: int(torch.ones(2)))
show(lambda: torch.ones(2, requires_grad=True).numpy())
show(lambda: torch.ones(2, requires_grad=True).tolist())
show(lambda: float(torch.tensor([2.5])))

# 9. optimizers given the wrong thing
model = torch.nn.Linear(2, 1)
show(lambda: torch.optim.SGD(model, lr=0.1))
show(lambda: torch.optim.SGD([], lr=0.1))
show(lambda: torch.optim.SGD(model.parameters()))
