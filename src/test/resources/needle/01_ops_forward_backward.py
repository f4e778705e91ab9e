# needle's hw1 checks, as students paste them: each op's forward against its NumPy formula, each
# backward (op.gradient and Tensor.backward) against central differences of the forward pass.
import numpy as np
import needle as ndl

np.random.seed(0)


def check_gradient(f, *args, tol=1e-6, backward=False, **kwargs):
    """Central differences on every entry of every argument, nudged in place through realize_cached_data()."""
    eps = 1e-4
    numeric = [np.zeros(a.shape) for a in args]
    for i in range(len(args)):
        data = args[i].realize_cached_data()
        for j in range(data.size):
            data.flat[j] += eps
            up = float(f(*args, **kwargs).numpy().sum())
            data.flat[j] -= 2 * eps
            down = float(f(*args, **kwargs).numpy().sum())
            data.flat[j] += eps
            numeric[i].flat[j] = (up - down) / (2 * eps)
    if backward:
        out = f(*args, **kwargs).sum()
        out.backward()
        computed = [a.grad.numpy() for a in args]
    else:
        out = f(*args, **kwargs)
        computed = [g.numpy() for g in out.op.gradient_as_tuple(ndl.Tensor(np.ones(out.shape)), out)]
    error = sum(np.linalg.norm(computed[i] - numeric[i]) for i in range(len(args)))
    assert error < tol, error
    return computed


def same(got, want):
    np.testing.assert_allclose(got.numpy(), want, rtol=1e-7, atol=1e-12)


# forward passes against NumPy
a = np.random.randn(3, 4)
b = 1 + np.random.rand(3, 4)
same(ndl.power_scalar(ndl.Tensor(a), scalar=2), a ** 2)
same(ndl.divide(ndl.Tensor(a), ndl.Tensor(b)), a / b)
same(ndl.divide_scalar(ndl.Tensor(a), scalar=7), a / 7)
same(ndl.multiply(ndl.Tensor(a), ndl.Tensor(b)), a * b)
same(ndl.add_scalar(ndl.Tensor(a), scalar=1.5), a + 1.5)
same(ndl.mul_scalar(ndl.Tensor(a), scalar=3), a * 3)
same(ndl.negate(ndl.Tensor(a)), -a)
same(ndl.log(ndl.Tensor(b)), np.log(b))
same(ndl.exp(ndl.Tensor(a)), np.exp(a))
same(ndl.relu(ndl.Tensor(a)), np.maximum(a, 0))
same(ndl.power(ndl.Tensor(b), ndl.Tensor(a)), b ** a)
m = np.random.randn(4, 5)
same(ndl.matmul(ndl.Tensor(a), ndl.Tensor(m)), a @ m)
batch = np.random.randn(6, 3, 4)
same(ndl.matmul(ndl.Tensor(batch), ndl.Tensor(m)), batch @ m)
same(ndl.matmul(ndl.Tensor(m.T), ndl.Tensor(batch.transpose(0, 2, 1))), m.T @ batch.transpose(0, 2, 1))
same(ndl.summation(ndl.Tensor(a)), np.sum(a))
same(ndl.summation(ndl.Tensor(a), axes=1), np.sum(a, axis=1))
same(ndl.summation(ndl.Tensor(a), axes=(0,)), np.sum(a, axis=0))
same(ndl.broadcast_to(ndl.Tensor(a[:1]), shape=(2, 3, 4)), np.broadcast_to(a[:1], (2, 3, 4)))
same(ndl.reshape(ndl.Tensor(a), shape=(12,)), a.reshape(12))
same(ndl.reshape(ndl.Tensor(batch), shape=(3, 6, 4)), batch.reshape(3, 6, 4))
same(ndl.transpose(ndl.Tensor(batch)), batch.transpose(0, 2, 1))
same(ndl.transpose(ndl.Tensor(batch), axes=(0, 1)), batch.transpose(1, 0, 2))
same(ndl.transpose(ndl.Tensor(a)), a.T)
print("forward: ok")

# the methods and operators give the same graph as the functions
x = ndl.Tensor(a)
same(x.sum(axes=(1,)), np.sum(a, axis=1))
same(x.transpose(), a.T)
same(x.reshape((4, 3)), a.reshape(4, 3))
same(x.broadcast_to((2, 3, 4)), np.broadcast_to(a, (2, 3, 4)))
same(x - ndl.Tensor(b), a - b)
same(x / 4, a / 4)
same(x ** 3, a ** 3)
same(2 * x + 1, 2 * a + 1)
assert type((x + x).op).__name__ == "EWiseAdd"
assert type((x * 2).op).__name__ == "MulScalar"
assert type((x - x).op).__name__ == "EWiseAdd"
assert type((x - x).inputs[1].op).__name__ == "Negate"
assert type(x.sum().op).__name__ == "Summation"
assert type((x @ ndl.Tensor(m)).op).__name__ == "MatMul"
print("methods: ok")

# backward passes: op.gradient against central differences
check_gradient(ndl.power_scalar, ndl.Tensor(np.random.randn(5, 4)), scalar=3)
check_gradient(ndl.divide, ndl.Tensor(np.random.randn(5, 4)), ndl.Tensor(5 + np.random.randn(5, 4)))
check_gradient(ndl.divide_scalar, ndl.Tensor(np.random.randn(5, 4)), scalar=np.random.randn(1))
check_gradient(ndl.matmul, ndl.Tensor(np.random.randn(5, 4)), ndl.Tensor(np.random.randn(4, 5)))
check_gradient(ndl.matmul, ndl.Tensor(np.random.randn(2, 3, 5, 4)), ndl.Tensor(np.random.randn(2, 3, 4, 3)))
check_gradient(ndl.matmul, ndl.Tensor(np.random.randn(2, 3, 5, 4)), ndl.Tensor(np.random.randn(4, 3)))
check_gradient(ndl.matmul, ndl.Tensor(np.random.randn(5, 4)), ndl.Tensor(np.random.randn(2, 3, 4, 3)))
check_gradient(ndl.reshape, ndl.Tensor(np.random.randn(5, 4)), shape=(4, 5))
check_gradient(ndl.negate, ndl.Tensor(np.random.randn(5, 4)))
check_gradient(ndl.transpose, ndl.Tensor(np.random.randn(3, 5, 4)), axes=(1, 2))
check_gradient(ndl.transpose, ndl.Tensor(np.random.randn(3, 5, 4)), axes=(0, 1))
check_gradient(ndl.broadcast_to, ndl.Tensor(np.random.randn(3, 1)), shape=(3, 3))
check_gradient(ndl.broadcast_to, ndl.Tensor(np.random.randn(1, 3)), shape=(3, 3))
check_gradient(ndl.broadcast_to, ndl.Tensor(np.random.randn(1)), shape=(3, 3, 3))
check_gradient(ndl.broadcast_to, ndl.Tensor(np.random.randn()), shape=(3, 3, 3))
check_gradient(ndl.summation, ndl.Tensor(np.random.randn(5, 4)), axes=(1,))
check_gradient(ndl.summation, ndl.Tensor(np.random.randn(5, 4)), axes=(0, 1))
check_gradient(ndl.summation, ndl.Tensor(np.random.randn(5, 4, 1)), axes=(0, 1))
check_gradient(ndl.log, ndl.Tensor(1 + np.random.rand(5, 4)))
check_gradient(ndl.exp, ndl.Tensor(np.random.rand(5, 4)))
check_gradient(ndl.relu, ndl.Tensor(np.random.randn(5, 4)))
check_gradient(ndl.power, ndl.Tensor([[1.0, 2.0, 3.0]]), ndl.Tensor(np.ones((3,)) * 2))
print("gradients: ok")

# Tensor.backward on whole graphs
check_gradient(lambda A, B, C: ndl.summation((A @ B + C) * (A @ B), axes=None),
               ndl.Tensor(np.random.randn(6, 5)), ndl.Tensor(np.random.randn(5, 4)), ndl.Tensor(np.random.randn(6, 4)), backward=True)
check_gradient(lambda A, B: ndl.summation(ndl.broadcast_to(A, shape=(6, 5)) * B, axes=None),
               ndl.Tensor(np.random.randn(6, 1)), ndl.Tensor(np.random.randn(6, 5)), backward=True)
check_gradient(lambda A, B, C: ndl.summation(ndl.reshape(A, shape=(5, 5)) @ B / 5 + C, axes=None),
               ndl.Tensor(np.random.randn(25)), ndl.Tensor(np.random.randn(5, 3)), ndl.Tensor(np.random.randn(5, 3)), backward=True)
print("backward: ok")

# needle's backward assigns each .grad, and the gradient is a graph of its own
p = ndl.Tensor([5.0])
q = ndl.Tensor([2.0])
y = p * p + p * q
y.backward()
dp, dq = p.grad, q.grad
assert dp.numpy() == 2 * p.numpy() + q.numpy() and dq.numpy() == p.numpy()
dp.backward()
assert p.grad.numpy() == 2 and q.grad.numpy() == 1
print("gradient of gradient: ok")

# find_topo_sort: inputs before the nodes computed from them, the numbers of scalar ops not listed
u = ndl.Tensor(np.random.randn(1, 1))
v = ndl.Tensor(np.random.randn(1, 1))
w = 3 * u * u + 4 * v * u - u
order = ndl.autograd.find_topo_sort([w])
uu, vv = u.numpy(), v.numpy()
want = [uu, 3 * uu, 3 * uu * uu, vv, 4 * vv, 4 * vv * uu, 3 * uu * uu + 4 * vv * uu, -uu, 3 * uu * uu + 4 * vv * uu - uu]
assert len(order) == len(want)
for node, value in zip(order, want):
    np.testing.assert_allclose(node.numpy(), value)
print("topo sort: ok")
