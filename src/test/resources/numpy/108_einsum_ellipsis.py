# np.einsum with '...': the axes not named, broadcast across the operands (batched matmul, diagonals, traces)
import numpy as np

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = np.arange(24.0).reshape(2, 3, 4)
b = np.arange(8.0).reshape(2, 4, 1)
print(np.einsum("...ij,...jk->...ik", a, b), np.einsum("...ij,...jk", a, b).shape)
print(np.einsum("i...->...", a), np.einsum("...ii->...i", np.arange(18.0).reshape(2, 3, 3)))
print(np.einsum("ij...,j...->i...", a, np.ones((3, 4))), np.einsum("...j,j", a, np.arange(4.0)))
print(np.einsum("...,...", np.ones((2, 1)), np.arange(3.0)), np.einsum("...", np.arange(3)), np.einsum("i...i", np.arange(9).reshape(3, 3)))
attempt(lambda: np.einsum("b...,b...->b", np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(2, 3)))
print(np.einsum("...ij->...ji", np.arange(6).reshape(1, 2, 3)).shape, np.einsum("ij->...ji", np.arange(6).reshape(2, 3)).shape)
attempt(lambda: np.einsum("ij...->ij", a))
attempt(lambda: np.einsum("...ij->ji", a))
attempt(lambda: np.einsum("..i->i", np.ones(3)))
attempt(lambda: np.einsum("...ij,...jk->ik", a, b))
attempt(lambda: np.einsum("i....->i", np.ones(3)))
