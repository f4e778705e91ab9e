import needle
import needle.autograd as ag


def ones(n):
    return [ag.Tensor(1.0) for _ in range(n)]


def version():
    return needle.VERSION
