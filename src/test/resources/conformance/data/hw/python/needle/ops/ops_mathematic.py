from ..autograd import Op, Tensor
from .. import autograd as _autograd

__all__ = ["EWiseAdd", "EWiseMul", "add", "mul"]


class EWiseAdd(Op):
    def compute(self, a, b):
        return a + b


class EWiseMul(Op):
    def compute(self, a, b):
        return a * b


def add(a, b):
    return EWiseAdd()(a, b)


def mul(a, b):
    return EWiseMul()(a, b)


def _private_helper():
    return _autograd.TENSOR_COUNTER


NOT_EXPORTED = "left out by __all__"
