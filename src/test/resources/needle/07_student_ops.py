# hw1's core exercise and hw2's LogSoftmax/LogSumExp written the course's way (CMU 10-414/714 hw1
# python/needle/ops.py, hw2 python/needle/ops.py: a class subclassing needle.autograd.TensorOp with
# compute on NumPy arrays and gradient on needle tensors): each student op's forward against its NumPy
# formula, its gradient (op.gradient_as_tuple and Tensor.backward) against central differences of the
# forward pass, used inside a graph of needle's own ops, and the errors needle's Python gives.
import numpy as np
import needle as ndl
from needle.autograd import Op, Tensor, TensorOp, TensorTupleOp, Value

np.random.seed(7)


def check_gradient(f, *args, tol=1e-6, backward=False):
    """Central differences on every entry of every argument, nudged in place through realize_cached_data()."""
    eps = 1e-4
    numeric = [np.zeros(a.shape) for a in args]
    for i in range(len(args)):
        data = args[i].realize_cached_data()
        for j in range(data.size):
            data.flat[j] += eps
            up = float(f(*args).numpy().sum())
            data.flat[j] -= 2 * eps
            down = float(f(*args).numpy().sum())
            data.flat[j] += eps
            numeric[i].flat[j] = (up - down) / (2 * eps)
    if backward:
        f(*args).sum().backward()
        computed = [a.grad.numpy() for a in args]
    else:
        out = f(*args)
        computed = [g.numpy() for g in out.op.gradient_as_tuple(ndl.Tensor(np.ones(out.shape)), out)]
    error = sum(np.linalg.norm(computed[i] - numeric[i]) for i in range(len(args)))
    assert error < tol, error
    return computed


def same(got, want):
    np.testing.assert_allclose(got.numpy(), want, rtol=1e-7, atol=1e-12)


class MySquare(TensorOp):
    def compute(self, a):
        return a**2

    def gradient(self, out_grad, node):
        a = node.inputs[0]
        return out_grad * 2 * a


def my_square(a):
    return MySquare()(a)


class MyMul(TensorOp):
    def compute(self, a, b):
        return a * b

    def gradient(self, out_grad, node):
        lhs, rhs = node.inputs
        return out_grad * rhs, out_grad * lhs


class MyPowerScalar(TensorOp):
    def __init__(self, scalar):
        self.scalar = scalar

    def compute(self, a):
        return np.power(a, self.scalar)

    def gradient(self, out_grad, node):
        return [out_grad * self.scalar * node.inputs[0] ** (self.scalar - 1)]


class LogSumExp(TensorOp):
    def __init__(self, axes=None):
        self.axes = axes

    def compute(self, Z):
        max_keep = np.max(Z, axis=self.axes, keepdims=True)
        return np.log(np.sum(np.exp(Z - max_keep), axis=self.axes)) + np.max(Z, axis=self.axes)

    def gradient(self, out_grad, node):
        z = node.inputs[0]
        axes = range(len(z.shape)) if self.axes is None else self.axes
        kept = [1 if i in axes else n for i, n in enumerate(z.shape)]
        back = ndl.broadcast_to(ndl.reshape(node, kept), z.shape)
        grad = ndl.broadcast_to(ndl.reshape(out_grad, kept), z.shape)
        return grad * ndl.exp(z - back)


def logsumexp(a, axes=None):
    return LogSumExp(axes=axes)(a)


class LogSoftmax(TensorOp):
    def compute(self, Z):
        max_keep = np.max(Z, axis=1, keepdims=True)
        return Z - max_keep - np.log(np.sum(np.exp(Z - max_keep), axis=1, keepdims=True))

    def gradient(self, out_grad, node):
        softmax = ndl.exp(node)
        total = ndl.broadcast_to(ndl.reshape(ndl.summation(out_grad, axes=(1,)), (node.shape[0], 1)), node.shape)
        return out_grad - softmax * total


def logsoftmax(a):
    return LogSoftmax()(a)


# forward passes against NumPy
a = np.random.randn(3, 4)
b = np.random.randn(3, 4)
same(my_square(ndl.Tensor(a)), a**2)
same(MyMul()(ndl.Tensor(a), ndl.Tensor(b)), a * b)
same(MyPowerScalar(3)(ndl.Tensor(a)), a**3)
z = np.random.randn(5, 3) * 4
same(logsumexp(ndl.Tensor(z), axes=(1,)), np.log(np.exp(z).sum(axis=1)))
same(logsumexp(ndl.Tensor(z)), np.log(np.exp(z).sum()))
same(logsumexp(ndl.Tensor(z + 1e10), axes=(0,)), np.log(np.exp(z).sum(axis=0)) + 1e10)
same(logsoftmax(ndl.Tensor(z)), z - np.log(np.exp(z).sum(axis=1, keepdims=True)))
np.testing.assert_allclose(logsumexp(ndl.Tensor(z), axes=(1,)).numpy(), ndl.logsumexp(ndl.Tensor(z), axes=(1,)).numpy(), rtol=1e-12)
print("student ops: forward")

# gradients: op.gradient_as_tuple, then backward through the student's op
for backward in (False, True):
    check_gradient(my_square, ndl.Tensor(a), backward=backward)
    check_gradient(lambda x, y: MyMul()(x, y), ndl.Tensor(a), ndl.Tensor(b), backward=backward)
    check_gradient(lambda x: MyPowerScalar(3)(x), ndl.Tensor(a), backward=backward)
    check_gradient(lambda x: logsumexp(x, axes=(1,)), ndl.Tensor(z), backward=backward)
    check_gradient(lambda x: logsumexp(x, axes=(0, 1)), ndl.Tensor(z), backward=backward)
    check_gradient(lambda x: logsumexp(x), ndl.Tensor(z), backward=backward)
    check_gradient(logsoftmax, ndl.Tensor(z), backward=backward)
# a weighted sum of log-probabilities: LogSoftmax's gradient with an out_grad that is not all ones
check_gradient(lambda x: logsoftmax(x) * ndl.Tensor(np.arange(15.0).reshape(5, 3)), ndl.Tensor(z), backward=True)
print("student ops: gradients against central differences")

# inside a graph of needle's ops: a softmax loss with the student's logsumexp, a student op used twice
w = ndl.Tensor(np.random.randn(4, 3))
x = ndl.Tensor(np.random.randn(5, 4), requires_grad=False)
y_one_hot = np.eye(3)[[0, 2, 1, 1, 0]]


def loss(w):
    logits = x @ w
    return (logsumexp(logits, axes=(1,)) - (logits * ndl.Tensor(y_one_hot)).sum(axes=(1,))).sum() / 5


check_gradient(loss, w, backward=True)
check_gradient(lambda t: my_square(my_square(t)) + MyMul()(t, t), ndl.Tensor(a), backward=True)
print("student ops inside needle graphs: gradients against central differences")

# what needle's graph records
y = my_square(ndl.Tensor([1.0, 2.0, 3.0]))
print(y, type(y.op).__name__, isinstance(y.op, TensorOp), isinstance(y.op, Op))
print(isinstance(y, Value), isinstance(y, Tensor), isinstance(y, ndl.Tensor), y.requires_grad, len(y.inputs))
print([type(n.op).__name__ if n.op is not None else None for n in ndl.autograd.find_topo_sort([y.sum()])])
print(MyPowerScalar(2)(ndl.Tensor([3.0])).op.scalar)
print(my_square(ndl.Tensor([2.0], requires_grad=False)).requires_grad)
print(MySquare().gradient_as_tuple(ndl.Tensor([1.0]), y))

# errors as needle's Python gives them, and adjoint's for what needle leaves unchecked
try:
    my_square(3)
except AttributeError as e:
    print("AttributeError:", e)


class NoGradient(TensorOp):
    def compute(self, a):
        return a


try:
    NoGradient()(ndl.Tensor([1.0])).backward()
except NotImplementedError:
    print("NotImplementedError")


class WrongCount(TensorOp):
    def compute(self, a, b):
        return a + b

    def gradient(self, out_grad, node):
        return out_grad


try:
    WrongCount()(ndl.Tensor([1.0]), ndl.Tensor([2.0])).backward()
except ValueError as e:
    print("ValueError:", e)


class Pair(TensorTupleOp):
    def compute(self, a):
        return (a, a)


try:
    Pair()(ndl.Tensor([1.0]))
except NotImplementedError as e:
    print("NotImplementedError:", e)
