# needle's summation of a float32 array adds as NumPy's float32 sum does (pairwise, every partial sum rounded to
# float32), so a float32 LayerNorm1d's mean and variance carry NumPy's rounding: the course's hw2
# test_nn_layernorm_backward_1..3 (CMU 10-414/714 hw2, tests/test_nn_and_optim.py) pass at their 1e-5, where sums
# added in float64 and rounded once missed backward_1 by 1.3e-5 (Z29).
import numpy as np
import needle as ndl
from needle import nn


def seeded(*shape, entropy=1):
    np.random.seed(int(np.prod(shape)) * len(shape) * entropy)
    return ndl.Tensor(np.random.randint(0, 100, size=shape) / 20, dtype="float32")


def layernorm_backward(shape, dims):
    x = seeded(*shape)
    (nn.LayerNorm1d(dims)(x) ** 4).sum().backward()
    return x.grad.cached_data


def close(got, want):
    np.testing.assert_allclose(np.asarray(got), np.array(want, dtype=np.float32), rtol=1e-5, atol=1e-5)


close(layernorm_backward((3, 3), 3), [[-2.8312206e-06, -6.6757202e-05, 6.9618225e-05],
                                      [1.9950867e-03, -6.8092346e-04, -1.3141632e-03],
                                      [4.4703484e-05, -3.2544136e-05, -1.1801720e-05]])
close(layernorm_backward((2, 10), 10), [[-2.301574, 4.353944, -1.9396116, 2.4330146, -1.1070801, 0.01571643, -2.209449,
                                         0.49513134, -2.261348, 2.5212562],
                                        [-9.042961, -2.6184766, 4.5592957, -4.2109876, 3.4247458, -1.9075732, -2.2689414,
                                         2.110825, 5.044025, 4.910048]])
close(layernorm_backward((1, 5), 5), [[0.150192, 0.702322, -3.321343, 0.31219, 2.156639]])
print("LayerNorm1d backward in float32 (hw2's backward_1..3)")

# the forward's row the course's test_nn_layernorm_forward_1 checks, to the float32 digit NumPy's sums give
y = nn.LayerNorm1d(3)(seeded(3, 3)).cached_data
assert y.dtype == np.float32 and y[1].tolist() == np.array([1.3919864, -0.47999576, -0.911992], dtype=np.float32).tolist(), y[1]
# needle's summation against NumPy's own float32 sum: one row, rows of 130 (past the 128 of one pairwise block), a column
v = np.random.RandomState(3).rand(4, 130).astype(np.float32) * 1e3
for axes in [(1,), (0,), None]:
    got = ndl.summation(ndl.Tensor(v, dtype="float32"), axes=axes).cached_data
    assert np.array_equal(got, np.sum(v, axis=axes)), axes
print("float32 summation as NumPy's")
