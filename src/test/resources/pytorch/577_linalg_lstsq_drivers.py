import torch
torch.set_default_dtype(torch.float64)

# torch.linalg.lstsq's drivers gelsy (the CPU default), gelsd, gelss and gels: which of residuals,
# rank and singular_values each fills, for tall, wide, rank-deficient and batched A


L = torch.linalg
A = torch.tensor([[1., 2.], [3., -4.], [5., 6.]])
B = torch.tensor([[1., 0.5], [2., -1.], [4., 3.]])
batch = torch.stack([A, 2 * A + 1])
for driver in ["gelsy", "gelsd", "gelss", "gels"]:
    print(driver, L.lstsq(A, B, driver=driver))
    print(driver, L.lstsq(A.T, B[:2], driver=driver))
    print(driver, L.lstsq(batch, B.expand(2, 3, 2), driver=driver))
    print(driver, L.lstsq(A, torch.tensor([1., 2., 4.]), driver=driver))
    if driver != "gels":
        print(driver, L.lstsq(torch.tensor([[1., 2.], [2., 4.], [3., 6.]]), B, driver=driver))
    X = A.clone().requires_grad_()
    s = L.lstsq(X, B, driver=driver).solution
    s.sum().backward()
    print(driver, s.grad_fn.name(), X.grad)
print(L.lstsq(A, B, rcond=0.5, driver="gelsd").rank)
