# What deep-learning students do with NumPy beside torch: accuracy from argmax, a stable softmax
# and cross-entropy, np.linalg (norm with ord=, inv, solve, det, LinAlgError), np.einsum,
# allclose/isclose, clip, stacking, np.pad, and fancy and boolean indexing assignment.
import numpy as np

np.random.seed(0)
logits = np.random.randn(4, 3)
y = np.array([0, 2, 1, 2])
pred = np.argmax(logits, axis=1)
print(pred, (pred == y).mean(), type((pred == y).mean()), np.mean(pred == y), (pred == y).sum())
print(f"accuracy {(pred == y).mean():.2%}, correct {(pred == y).sum()} of {len(y)}")
e = np.exp(logits - logits.max(axis=1, keepdims=True))
p = e / e.sum(axis=1, keepdims=True)
print(p.round(4), p.sum(axis=1))
loss = -np.log(p[np.arange(4), y]).mean()
print(loss, round(loss, 4), f"{loss:.4f}")
onehot = np.eye(3)[y]
print(onehot, (p - onehot) / 4)
A = np.array([[2., 1.], [1., 3.]])
b = np.array([1., 2.])
print(np.linalg.norm(b), np.linalg.norm(A), np.linalg.norm(A, axis=1), np.linalg.norm(A, axis=0, keepdims=True))
print(np.linalg.norm([3, 4], 1), np.linalg.norm([3, -4], np.inf), np.linalg.norm([3, -4], -np.inf), np.linalg.norm([3, 4], 0), np.linalg.norm([3, 4], 3))
M = np.array([[1., -2], [3, 4]])
print(np.linalg.norm(M, 1), np.linalg.norm(M, np.inf), np.linalg.norm(M, 'fro'), np.linalg.norm(M, -1))
print(np.linalg.inv(A), np.linalg.solve(A, b), np.linalg.det(A), type(np.linalg.det(A)))
B = np.array([[1., 2, 3], [4, 5, 6], [7, 8, 10]])
print(np.linalg.det(B).round(12), np.linalg.inv(B).round(12).tolist())  # the last digits are LAPACK's
print(np.linalg.solve(B, np.ones(3)).round(12).tolist(), np.linalg.solve(B, np.eye(3)).round(6))
print(np.linalg.det(np.array([[4., 3], [6, 3]])), np.linalg.det(np.eye(3)), np.linalg.det(np.array([[0., 1], [1, 0]])), np.linalg.det(np.zeros((2, 2))))
print(np.allclose(A @ np.linalg.inv(A), np.eye(2)), np.allclose(B @ np.linalg.solve(B, np.ones(3)), 1))
for bad in (np.array([[1., 2], [2, 4]]), np.ones((2, 3)), np.ones(3)):
    try:
        np.linalg.inv(bad)
    except np.linalg.LinAlgError as err:
        print("LinAlgError:", err)
print(np.einsum('ij,j->i', A, b), np.einsum('ij,jk->ik', A, A), np.einsum('ii', A), type(np.einsum('ii', A)), np.einsum('ij->ji', A))
print(np.einsum('i,i->', b, b), np.einsum('i,j->ij', b, b), np.einsum('ij,ij->i', A, A), np.einsum('bij,bjk->bik', np.ones((2, 2, 3)), np.ones((2, 3, 2))).shape)
print(np.einsum('ij', A), np.einsum('ji', A), np.einsum('ij,jk', A, A), np.einsum('ii->i', B), np.einsum('i', b))
print(np.allclose(A, A + 1e-9), np.isclose(0.1 + 0.2, 0.3), np.isclose(A, A.T).all(), np.allclose([1.0, np.nan], [1.0, np.nan], equal_nan=True))
print(np.clip(b, 1.5, None), np.clip(A, 1, 2), np.clip(np.arange(6), 1, 4), b.clip(max=1.5))
print(np.stack([b, b], axis=1), np.vstack([A, b]), np.hstack([b, b]), np.stack([A, A]).shape, np.column_stack if False else "")
print(np.pad(b, 1), np.pad(A, ((1, 0), (0, 2))), np.pad(b, (2, 1), constant_values=9))
z = np.zeros(5)
z[[0, 2]] = 1
z[z == 0] = -1
z[np.array([1, 3])] += 5
print(z)
m = np.zeros((3, 3))
m[np.arange(3), [2, 1, 0]] = 7
m[m > 5] *= 2
m[:, 0] = np.array([1, 2, 3])
m[1] = -1
print(m)
np.linalg.solve(np.zeros((2, 2)), b)
