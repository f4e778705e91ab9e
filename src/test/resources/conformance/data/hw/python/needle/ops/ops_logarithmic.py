import math

from ..autograd import Op


class Log(Op):
    def compute(self, a):
        return math.log(a)


def log(a):
    return Log()(a)


_hidden = "a leading underscore is not taken by import *"
