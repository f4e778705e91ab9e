# np.linalg.svd (U, S, Vh), eigh (w, v), eig and eigvals of real matrices: computed by the system's
# LAPACK (dgesdd, dsyevd, dgeev) as NumPy calls it, so the signs and order of the vectors are NumPy's;
# printed in full (tolist) where the same routine gives the same bits.
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = np.array([[12.0, -51.0, 4.0], [6.0, 167.0, -68.0], [-4.0, 24.0, -41.0]])
t = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
u, s, vh = np.linalg.svd(a)
print(u, s, vh, sep="\n")
print(u.tolist(), s.tolist(), vh.tolist())
print(np.allclose(u @ np.diag(s) @ vh, a), np.allclose(u.T @ u, np.eye(3)))
for m in (t, t.T):
    for full in (True, False):
        u, s, vh = np.linalg.svd(m, full_matrices=full)
        print(u.shape, s.shape, vh.shape, u.tolist(), s.tolist(), vh.tolist())
print(np.linalg.svd(np.eye(3)), np.linalg.svd(np.array([[1, 2], [2, 4]])), sep="\n")
print(np.linalg.svd(np.array([[3.0, 0.0], [0.0, -4.0]])), np.linalg.svd(np.zeros((2, 2))), sep="\n")
print(np.linalg.svd(t, compute_uv=False).tolist(), np.linalg.svd(a, False, False).tolist())
r = np.linalg.svd(a.astype(np.float32))
print([x.dtype for x in r], r[1], np.linalg.svd(np.array([[1, 0], [1, 1]], dtype=np.int64)))
print(type(np.linalg.svd(a)).__name__, len(np.linalg.svd(a)))
attempt(lambda: np.linalg.svd(np.ones(3)))
attempt(lambda: np.linalg.svd(np.array([[1.0, np.nan], [0.0, 1.0]])))
attempt(lambda: np.linalg.eigh(np.array([[1.0, np.nan], [np.nan, 2.0]])))
print(np.linalg.eigvalsh(np.array([[1.0, np.nan], [np.nan, 2.0]])), np.linalg.svd(np.array([[1.0, np.inf], [0.0, 1.0]]), compute_uv=False))
attempt(lambda: np.linalg.svd(np.array([[1.0, np.inf], [0.0, 1.0]]), compute_uv=False))

sym = np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])
w, v = np.linalg.eigh(sym)
print(w, v, sep="\n")
print(w.tolist(), v.tolist(), np.allclose(sym @ v, v * w))
ns = np.array([[1.0, 5.0], [7.0, 3.0]])
print(np.linalg.eigh(ns), np.linalg.eigh(ns, UPLO="U"), np.linalg.eigh(ns, "u"), sep="\n")
print(np.linalg.eigh(np.eye(3)), np.linalg.eigh(np.diag([3.0, 1.0, 2.0])), np.linalg.eigh([[4, 1], [1, 4]]), sep="\n")
w, v = np.linalg.eigh(np.array([[4.0, 1.0, 2.0, 0.5], [1.0, 3.0, 0.0, 1.0], [2.0, 0.0, 5.0, 1.5], [0.5, 1.0, 1.5, 2.0]]))
print(w.tolist(), v.tolist())
print([x.dtype for x in np.linalg.eigh(sym.astype(np.float32))], np.linalg.eigh(sym.astype(np.float32))[1])
print(np.linalg.eigvalsh(sym).tolist(), np.linalg.eigvalsh(ns, "u").tolist())
attempt(lambda: np.linalg.eigh(t))
attempt(lambda: np.linalg.eigh(sym, UPLO="X"))
attempt(lambda: np.linalg.eigvalsh(sym, UPLO="x"))

g = np.array([[4.0, 1.0], [2.0, 3.0]])
w, v = np.linalg.eig(g)
print(w, v, sep="\n")
print(w.tolist(), v.tolist(), np.allclose(g @ v, v * w))
print(np.linalg.eig(np.array([[2.0, 0.0], [1.0, 3.0]])), np.linalg.eig(sym), np.linalg.eig(np.eye(2)), sep="\n")
w, v = np.linalg.eig(a)
print(w.tolist(), v.tolist())
print(np.linalg.eig(np.array([[1, 2, 3], [0, 4, 5], [0, 0, 6]])))
print(np.linalg.eigvals(g).tolist(), np.linalg.eigvals(a).tolist(), np.linalg.eigvals(np.array([[5]])))
print([x.dtype for x in np.linalg.eig(g.astype(np.float32))], np.linalg.eigvals(g.astype(np.float32)))
attempt(lambda: np.linalg.eig(t))
attempt(lambda: np.linalg.eig(np.array([[1.0, np.nan], [0.0, 1.0]])))
attempt(lambda: np.linalg.eigvals(np.array([[np.inf, 0.0], [0.0, 1.0]])))
attempt(lambda: np.linalg.eigvals(np.ones(2)))

# hermitian=True: from eigh, magnitudes largest first, each eigenvalue's sign moved into Vh
h = np.array([[1.0, 2.0, 0.0], [2.0, -3.0, 1.0], [0.0, 1.0, 0.5]])
u, s, vh = np.linalg.svd(h, hermitian=True)
print(u.tolist(), s.tolist(), vh.tolist())
print(np.linalg.svd(h, hermitian=True, compute_uv=False).tolist(), np.linalg.svd(np.diag([2.0, -2.0, 0.0]), hermitian=True))
print(np.linalg.svd(np.diag([1.0, -1.0, np.nan]), hermitian=True, compute_uv=False))
attempt(lambda: np.linalg.svd(t, hermitian=True))
print(np.linalg.matrix_rank(h), np.linalg.norm(a, 2), np.linalg.norm(t, "nuc"), np.linalg.norm(a, -2))
