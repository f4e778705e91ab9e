"""Tensor and Op, as needle's autograd.py (which reaches the ops through the package, at call time)."""
import needle

print("needle/autograd.py runs as", __name__, "in package", repr(__package__))
TENSOR_COUNTER = 0


class Op:
    def __call__(self, *args):
        return Tensor.make_from_op(self, list(args))


class Tensor:
    def __init__(self, value, op=None, inputs=()):
        global TENSOR_COUNTER
        TENSOR_COUNTER += 1
        self.value, self.op, self.inputs = value, op, list(inputs)

    @staticmethod
    def make_from_op(op, inputs):
        return Tensor(op.compute(*[t.value for t in inputs]), op, inputs)

    def __add__(self, other):
        return needle.ops.EWiseAdd()(self, other)

    def __mul__(self, other):
        return needle.ops.mul(self, other)

    def __repr__(self):
        return f"needle.Tensor({self.value})"
