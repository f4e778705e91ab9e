import math as m
from math import sqrt, pi as PI
from math import *
print(m.sqrt(9), sqrt(16), PI, floor(3.5), e)
try:
    import nonexistent_module_xyz
except ImportError as err:
    print("ImportError", type(err).__name__)
try:
    from math import nosuchthing
except ImportError:
    print("no such name")
