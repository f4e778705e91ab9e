# The NumPy bridge as homework uses it: from_numpy/tensor sharing or copying, numpy() views,
# np.array/np.asarray of tensors, NumPy scalars with tensors, lists of .item() values into NumPy
import numpy as np
import torch
torch.set_default_dtype(torch.float64)

a = np.arange(6.0).reshape(2, 3)
t = torch.from_numpy(a)

v = torch.tensor(a)
a[0, 0] = 100.0
print(t[0, 0].item(), v[0, 0].item())
t.mul_(2)
print(a[0])
n = torch.ones(3).numpy()
n[1] = 5
print(n, type(n).__name__, n.dtype)
x = torch.tensor([1.5, 2.5])
print(np.array(x), np.asarray(x).dtype, np.array(x).shape)
print(np.float64(2.0) * x, x * np.float64(3.0), x + np.int64(1))
print(torch.tensor(np.float64(2.5)), torch.tensor(np.array(3)).dtype)
losses = [torch.tensor(0.5).item(), torch.tensor(0.25).item()]
print(np.mean(losses), np.array(losses).std(), type(np.mean(losses)).__name__)
print(torch.from_numpy(np.array([1, 2], dtype=np.int64)).dtype)
print(torch.tensor([[1, 2], [3, 4]]).numpy().sum(axis=0))
print(x.detach().numpy().tolist(), x.tolist())
w = torch.ones(2, requires_grad=True)
print((w * 2).detach().numpy())
print(np.allclose(x.numpy(), [1.5, 2.5]), np.testing.assert_allclose(x.numpy(), np.array([1.5, 2.5])))
