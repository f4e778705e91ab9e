"""A small needle-like package, laid out as a deep-learning-systems homework's python/needle."""
print("needle/__init__.py runs as", __name__, "in package", repr(__package__))
from . import ops
from .ops import *
from .autograd import Tensor
from . import init
from .nn import Module, Linear

# a name bound after the submodules ran: init.py's lookups through the package see it when called
VERSION = "0.1"
