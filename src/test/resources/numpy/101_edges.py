# Edge cases of session 13's NumPy functions: empty and 0-d arrays, scalars, value-based casting
# (isin of float32 compares in float32 when the test values are few), and np.linalg's errors.
import numpy as np

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("tril empty", lambda: np.tril(np.zeros((0, 3))))
attempt("tri neg", lambda: np.tri(-1))
attempt("roll 0d", lambda: np.roll(np.array(5), 1))
attempt("roll empty axis", lambda: np.roll(np.zeros((0, 2)), 1, axis=0))
attempt("roll axis none tuple", lambda: np.roll(np.arange(4), (1, 1), axis=None))
attempt("meshgrid scalar", lambda: np.meshgrid(3, [1, 2]))
attempt("meshgrid empty", lambda: np.meshgrid(np.array([]), [1, 2]))
attempt("kron empty", lambda: np.kron(np.array([]), np.array([1, 2])))
attempt("kron 3d", lambda: np.kron(np.ones((1, 2, 1)), np.arange(2)).shape)
attempt("kron uint8 scalar", lambda: np.kron(np.array([1, 2], dtype=np.uint8), 300))
attempt("tensordot axes neg", lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=-1))
attempt("tensordot bad pair", lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=(1, 5)))
attempt("tensordot 3 items", lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 2)), axes=(1, 0, 1)))
attempt("unique 0d axis", lambda: np.unique(np.array(3), axis=0))
attempt("in1d 2d second", lambda: np.in1d([1, 2], [[1], [5]]))
attempt("intersect float32", lambda: np.intersect1d(np.array([0.1], dtype=np.float32), np.array([0.1])))
attempt("isin float32", lambda: np.isin(np.array([0.1], dtype=np.float32), [0.1]))
attempt("polyfit deg float", lambda: np.polyfit([1, 2, 3], [1, 2, 3], 1.5).round(8) + 0.0)
attempt("polyfit ints", lambda: np.polyfit(np.array([1, 2, 3]), np.array([1, 4, 9]), 2).round(8) + 0.0)
attempt("qr empty", lambda: np.linalg.qr(np.zeros((0, 3))))
attempt("qr 1x1", lambda: np.linalg.qr(np.array([[-3.0]])))
attempt("qr bool", lambda: np.linalg.qr(np.array([[True, False], [True, True]])))
attempt("svd empty", lambda: np.linalg.svd(np.zeros((0, 2)), compute_uv=False))
attempt("svd nan", lambda: np.linalg.svd(np.array([[np.nan, 1.0], [1.0, 2.0]]), compute_uv=False))
attempt("eigvalsh empty", lambda: np.linalg.eigvalsh(np.zeros((0, 0))))
attempt("pinv 1d", lambda: np.linalg.pinv(np.ones(3)))
attempt("lstsq 1d a", lambda: np.linalg.lstsq(np.ones(3), np.ones(3), rcond=None))
attempt("matrix_rank tol", lambda: np.linalg.matrix_rank(np.diag([1.0, 1e-3]), tol=1e-2))
attempt("fmod float int", lambda: np.fmod(np.array([5], dtype=np.int8), np.float32(2.5)))
attempt("round neg big", lambda: np.round(np.array([1.5]), -400))
attempt("round big", lambda: np.round(np.array([1.5]), 400))
