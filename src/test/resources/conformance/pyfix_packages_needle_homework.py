# A deep-learning-systems homework's layout: python/needle is a package of files (__init__.py with
# `from . import ops`, `from .ops import *`, `from .autograd import Tensor`), put on sys.path as the
# homework notebooks do with sys.path.append('./python'); apps/simple_ml.py beside it.
import sys

sys.path.append("./data/hw/python")
sys.path.append("./data/hw/apps")

import needle as ndl

print(ndl.__name__, ndl.__package__, ndl.__file__.endswith("needle/__init__.py"), ndl.__doc__.split(",")[0])
print(len(ndl.__path__), ndl.__path__[0].endswith("needle"), repr(ndl).startswith("<module 'needle' from '"))

# the submodules are the package's attributes, and in sys.modules under their dotted names
print(sorted(k for k in vars(ndl) if not k.startswith("__")))
print(ndl.ops.__name__, ndl.ops.__package__, ndl.ops.ops_mathematic.__package__, ndl.nn.nn_basic.__name__)
print(sorted(k for k in sys.modules if k.startswith("needle")))
print(ndl.autograd.__file__.endswith("needle/autograd.py"), "__path__" in vars(ndl.autograd))

# `from .ops import *`: ops' names; ops_mathematic's __all__ decides what it gives
print([name for name in ("EWiseAdd", "add", "mul", "log", "Log", "NOT_EXPORTED", "_hidden", "math", "Op") if hasattr(ndl, name)])

x, y = ndl.Tensor(2.0), ndl.Tensor(3.0)
print(x + y, x * y, ndl.add(x, y), ndl.log(ndl.Tensor(1.0)))
print(type(x), type(x).__module__, ndl.EWiseAdd.__module__, ndl.ops.EWiseAdd is ndl.ops.ops_mathematic.EWiseAdd)
print(ndl.autograd.TENSOR_COUNTER, ndl.ops.ops_mathematic._private_helper())

layer = ndl.nn.Linear(2)
print(layer(ndl.Tensor(5.0)), isinstance(layer, ndl.Module), ndl.init.version())

# importing again runs nothing: each __init__.py and module ran once
import needle
import needle.ops.ops_logarithmic
from needle import autograd, ops
from needle.nn import nn_basic as basic
print(needle is ndl, autograd is ndl.autograd, basic is ndl.nn.nn_basic, needle.ops.ops_logarithmic.Log is ndl.Log)

# a module on a second folder of sys.path importing the package
import simple_ml
print(simple_ml.train(41), simple_ml.ndl is ndl)

# a circular import: a module finds its package partially initialized
import circ
print(circ.VALUE, circ.first.second.NAME, circ.second is sys.modules["circ.second"])

# CPython's errors
try:
    from needle import nothere
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0])
try:
    import needle.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from needle.ops import nothere
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0])
try:
    import simple_ml.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from . import ops
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .needle import ops
except ImportError as e:
    print(type(e).__name__, e)

sys.path.remove("./data/hw/python")
sys.path.remove("./data/hw/apps")
