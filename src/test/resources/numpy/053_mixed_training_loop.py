import numpy as np
import torch
torch.set_default_dtype(torch.float64)
np.random.seed(0)
X = np.random.randn(8, 3)
true_w = np.array([1.0, -2.0, 0.5])
y = X @ true_w
Xt, yt = torch.from_numpy(X), torch.from_numpy(y)
w = torch.zeros(3, requires_grad=True)
for step in range(50):
    loss = ((Xt @ w - yt) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
print(np.round(w.detach().numpy(), 3))
print(np.allclose(w.detach().numpy(), true_w, atol=0.1))
