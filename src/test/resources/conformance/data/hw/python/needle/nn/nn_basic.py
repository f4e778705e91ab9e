from needle.autograd import Tensor
from needle import ops
import needle.init as init


class Module:
    def __call__(self, *args):
        return self.forward(*args)


class Linear(Module):
    def __init__(self, n):
        self.weight = init.ones(n)

    def forward(self, x):
        return [ops.mul(w, x) for w in self.weight]
