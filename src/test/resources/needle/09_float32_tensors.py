# needle's float32 tensors (CMU 10-414/714 hw2 tests/hw2/test_nn_and_optim.py: get_tensor and
# test_check_prng_contact_us_if_this_fails_1, whose expected array is float32 and compared at 1e-8):
# ndl.Tensor(data, dtype="float32") holds float32 values, says so in .dtype and .numpy(), and ops on
# it stay float32 as NumPy 1.24's do (a Python number is cast to float32 first). The expected
# values were printed by NumPy 1.24 (CPython 3.11) from the same float32 arrays.
import numpy as np
import needle as ndl


def get_tensor(*shape, entropy=1):
    np.random.seed(np.prod(shape) * len(shape) * entropy)
    return ndl.Tensor(np.random.randint(0, 100, size=shape) / 20, dtype="float32")


np.testing.assert_allclose(get_tensor(3, 3).cached_data,
                           np.array([[2.1, 0.95, 3.45], [3.1, 2.45, 2.3], [3.3, 0.4, 1.2]], dtype=np.float32), rtol=1e-08, atol=1e-08)
print("check_prng_contact_us_if_this_fails_1")

x = ndl.Tensor([0.7, 1.0, 2.0, 5.0, 0.1], dtype="float32")
print(x.dtype, x.numpy().dtype, x.cached_data.dtype, x, float(x.numpy()[4]))
print(ndl.Tensor([1.5]).dtype, ndl.Tensor(np.ones(2, dtype=np.float32)).dtype, ndl.Tensor(x).dtype, ndl.Tensor([1.5], dtype=np.float32).dtype)
print((x * 2).dtype, (x + x).dtype, (x / 3.3).dtype, (x @ ndl.Tensor([[1.0]] * 5, dtype="float32")).dtype, ndl.exp(x).dtype, x.sum().dtype)
print((x + ndl.Tensor([1.0] * 5)).dtype, "(float32 with a float64 array: float64, as NumPy)")
assert (x / 3.3).numpy().tolist() == [0.21212121844291687, 0.3030303120613098, 0.6060606241226196, 1.5151515007019043, 0.03030303120613098]
assert (x * 0.1).numpy().tolist() == [0.07000000029802322, 0.10000000149011612, 0.20000000298023224, 0.5, 0.010000000707805157]
assert (x - 1).numpy().tolist() == [-0.30000001192092896, 0.0, 1.0, 4.0, -0.8999999761581421]
assert (x ** 2).numpy().tolist() == [0.4899999797344208, 1.0, 4.0, 25.0, 0.010000000707805157]
assert ndl.relu(x - 1).numpy().tolist() == [0.0, 0.0, 1.0, 4.0, 0.0]
assert float((x * x).sum().numpy()) == 30.5
m = ndl.Tensor(np.arange(6).reshape(2, 3) / 7, dtype="float32")
assert (m @ ndl.transpose(m)).numpy().tolist() == [[0.10204082727432251, 0.2857142984867096], [0.2857142984867096, 1.020408272743225]]
print("float32 ops: NumPy's float32 values")

w = ndl.Tensor([[0.5], [-1.5], [2.0], [0.25], [1.0]], dtype="float32")
(ndl.relu(x.reshape((1, 5)) @ w) * 0.1).sum().backward()
print(w.grad.dtype, w.grad.numpy().ravel().tolist())
p = ndl.nn.Parameter(x)
print(p.dtype, x.detach().dtype, x.data.dtype)
p.data = p * 0.1
print(p.dtype, p.numpy().tolist()[4])
