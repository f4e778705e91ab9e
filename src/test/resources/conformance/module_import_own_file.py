# Importing one's own module from the program's folder, as the Python tutorial's chapter 6 does with
# fibo.py (here module_own_fibo.py) and needle's homework with `import simple_ml`.
import module_own_fibo
module_own_fibo.fib(1000)
print(module_own_fibo.fib2(100))
print(module_own_fibo.__name__, module_own_fibo.__file__.endswith("module_own_fibo.py"))

fib = module_own_fibo.fib
fib(500)

# imported twice is one module: its code ran once, and both names are the same object
import module_own_fibo as again
print(again is module_own_fibo)
from module_own_fibo import fib2, counted, Point
print(fib2(10))

# the module's globals are its own; a function's `global` changes them, and the module sees it
print(counted(), counted(), module_own_fibo.calls)
module_own_fibo.calls = 10
print(counted())
print("calls" in dir(module_own_fibo), "Point" in dir(module_own_fibo))

p = Point(3)
print(Point.__name__, Point.__module__, type(p).__qualname__, p.x)
print(repr(Point) == "<class 'module_own_fibo.Point'>")

import sys
print("module_own_fibo" in sys.modules, sys.modules["module_own_fibo"] is module_own_fibo)
print(__name__)

try:
    from module_own_fibo import fib3
except ImportError as e:
    print("ImportError:", str(e).replace(module_own_fibo.__file__, "FILE"))
try:
    import module_not_there_at_all
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", str(e).startswith("No module named 'module_not_there_at_all'"))
