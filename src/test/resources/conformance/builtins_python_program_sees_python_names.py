# Z55, Z32: a Python program sees Python's builtins only: the lecture's bare sqrt, exp, zeros, tensor are
# the prompt's, so a script that forgot its import fails here as on the grader's CPython.
for name in ["sqrt", "exp", "log", "sin", "zeros", "tensor", "ln", "relu", "seed", "pi"]:
    try:
        eval(name)
        print(name, "defined")
    except NameError as e:
        print(e)
print(abs(-2), max(1, 3), pow(2, 3), round(2.5), sum([1, 2]), len("ab"))
from math import *
print(sqrt(9.0), exp(0), pi)
print(__debug__, type(NotImplemented).__name__, type(...).__name__)


def f():
    return sqrt(4.0)


print(f())
print(zeros(2))
