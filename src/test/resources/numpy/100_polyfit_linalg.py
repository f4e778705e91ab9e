# np.polyfit (w=, 2-d y, RankWarning), np.linalg.qr (modes; LAPACK's signs), svd(compute_uv=False),
# eigvalsh, lstsq, pinv, matrix_rank and the matrix norms 2, -2, 'nuc'. Printed with NumPy's 8 digits:
# these are computed by other algorithms than LAPACK's and may differ in the last bits.
import warnings
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([1.1, 2.9, 5.2, 7.1, 8.8, 11.2])
print(np.polyfit(x, y, 1))
print(np.polyfit(x, y ** 2, 2), np.polyfit(x, y, 0))
print(np.polyfit(x, np.stack([y, 2 * y + 1], axis=1), 1))
print(np.polyfit(x, y, 1, w=np.array([1.0, 1.0, 2.0, 2.0, 1.0, 1.0])))
print(np.polyfit([1, 2, 3], [2, 4, 6], 1).round(10), np.polyval(np.polyfit(x, y, 2), 2.5).round(8))
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    p = np.polyfit(np.array([1.0, 2.0]), np.array([1.0, 2.0]), 3)
    print(p.shape, [(w.category.__name__, str(w.message)) for w in record])
attempt(lambda: np.polyfit(x, y, -1))
attempt(lambda: np.polyfit(np.ones((2, 2)), np.ones(2), 1))
attempt(lambda: np.polyfit(x, y[:3], 1))
print(issubclass(np.RankWarning, UserWarning))

a = np.array([[12.0, -51.0, 4.0], [6.0, 167.0, -68.0], [-4.0, 24.0, -41.0]])
q, r = np.linalg.qr(a)
print(q, r, sep="\n")
print(np.allclose(q @ r, a), np.allclose(q.T @ q, np.eye(3)))
t = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
q, r = np.linalg.qr(t)
print(q, r, sep="\n")
q, r = np.linalg.qr(t, mode="complete")
print(q.shape, r.shape, q, r, sep="\n")
print(np.linalg.qr(t, mode="r"), np.linalg.qr(t.T)[1], sep="\n")
print(np.linalg.qr(np.array([[-2, 1], [0, 3]]))[1], np.linalg.qr(np.array([[0.0, 1.0], [0.0, 0.0]]))[1], sep="\n")
attempt(lambda: np.linalg.qr(a, mode="full2"))
attempt(lambda: np.linalg.qr(np.ones(3)))

s = np.linalg.svd(a, compute_uv=False)
print(s, np.linalg.svd(t, compute_uv=False), np.linalg.svd(np.eye(2) * 3, compute_uv=False))
print(np.linalg.norm(a, 2).round(10), np.linalg.norm(a, -2).round(10), np.linalg.norm(a, "nuc").round(10))  # the last bits differ
print(np.linalg.norm(t, 2).round(10), np.linalg.norm(np.array([[3.0, 0.0], [0.0, -4.0]]), 2))
attempt(lambda: np.linalg.norm(a, 3))
sym = np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])
print(np.linalg.eigvalsh(sym), np.linalg.eigvalsh(np.array([[1.0, 5.0], [7.0, 3.0]])), np.linalg.eigvalsh(np.array([[1.0, 5.0], [7.0, 3.0]]), UPLO="U"))
print(np.linalg.eigvalsh(np.diag([3.0, 1.0, 2.0])), np.linalg.eigvalsh([[4, 1], [1, 4]]))
attempt(lambda: np.linalg.eigvalsh(t))
print(np.linalg.matrix_rank(a), np.linalg.matrix_rank(np.ones((3, 3))), np.linalg.matrix_rank(np.zeros((2, 2))), np.linalg.matrix_rank(np.array([1, 0])))
print(np.linalg.pinv(t), np.allclose(np.linalg.pinv(a), np.linalg.inv(a)), sep="\n")
print(np.linalg.pinv(np.array([[1.0, 2.0], [2.0, 4.0]])))
sol, res, rank, sv = np.linalg.lstsq(np.vstack([x, np.ones(6)]).T, y, rcond=None)
print(sol, res, rank, sv)
sol, res, rank, sv = np.linalg.lstsq(np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([2.0, 2.0]), rcond=None)
print(sol, res, rank, sv)
print(np.linalg.lstsq(t, np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), rcond=None)[0])
with warnings.catch_warnings(record=True) as record:
    warnings.simplefilter("always")
    print(np.linalg.lstsq(t, np.array([1.0, 2.0, 3.0]))[0].round(8) + 0.0, [w.category.__name__ for w in record])  # ~1e-16 noise in x[0]
attempt(lambda: np.linalg.lstsq(t, np.ones(2), rcond=None))
