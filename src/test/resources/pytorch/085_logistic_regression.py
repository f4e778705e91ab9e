# Logistic regression on fixed data with torch.optim.SGD and binary cross-entropy written out.
import torch
torch.set_default_dtype(torch.float64)
X = torch.tensor([[0.5, 1.0], [1.5, 2.0], [3.0, 0.5], [2.5, 3.0], [0.2, 0.1], [3.5, 2.5]])
y = torch.tensor([0.0, 0.0, 1.0, 1.0, 0.0, 1.0])
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.5)
for epoch in range(100):
    p = torch.sigmoid(X @ w + b)
    loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 25 == 0:
        print(epoch, f"{loss.item():.6f}")
pred = (torch.sigmoid(X @ w + b) > 0.5).double()
print(w, b)
print("accuracy:", (pred == y).double().mean().item())
