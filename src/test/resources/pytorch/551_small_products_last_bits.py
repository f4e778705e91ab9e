# U10: small float64 products to the last bit. torch hands A @ B to OpenBLAS's dgemm (a column or a
# row included), A @ v to dgemv (torch.mv) and v @ w to ddot (torch.dot), each summing in its own
# order; these print every entry (checksummed) of the tester's shapes.
import torch
torch.set_default_dtype(torch.float64)

def checksum(values):
    c = 0
    for v in values:
        n, d = v.as_integer_ratio()
        c = (c * 1000003 + n * 7 + d) % (2 ** 61 - 1)
    return c

torch.manual_seed(0)
for (m, k, n) in [(16, 144, 49), (1, 100, 1), (5, 100, 1), (1, 100, 5), (20, 20, 20), (64, 30, 1), (100, 10, 100), (3, 500, 3), (2, 3, 2), (8, 32, 8)]:
    A = torch.randn(m, k); B = torch.randn(k, n)
    C = A @ B
    print((m, k, n), checksum(C.flatten().tolist()), repr(C[0, 0].item()), repr(C[-1, -1].item()))
    v = B[:, 0].contiguous()
    print("  mv", checksum((A @ v).tolist()), checksum(torch.mv(A, v).tolist()), checksum((A.t().contiguous().t() @ v).tolist()), checksum((A @ B[:, 0]).tolist()))
    print("  vm", checksum((A[0] @ B).tolist()), "dot", repr(torch.dot(A[0], v).item()), repr((A[0] @ v).item()))
x = torch.randn(200, 3)
lin = torch.nn.Linear(3, 1)
print(checksum(lin(x).flatten().tolist()), checksum((x @ lin.weight.t()).flatten().tolist()))
w = torch.randn(3, 1)
print(checksum((x @ w).flatten().tolist()), checksum(torch.matmul(x, w[:, 0]).tolist()))
At = torch.randn(7, 50).t()
print(checksum((At @ torch.randn(7)).tolist()))
