# S18/S30: the docstrings and signatures of built-in functions and standard modules are CPython's own
import inspect
import json
import math

print(len.__doc__)
print(math.sqrt.__doc__)
print(print.__doc__)
print(abs.__text_signature__, sorted.__text_signature__)
for f in (len, print, sorted, divmod, round, pow, sum, isinstance, math.isclose, math.sqrt):
    print(f.__name__, inspect.signature(f))
for f in (min, max, math.log, iter):
    try:
        inspect.signature(f)
    except ValueError as e:
        print(e)
print(math.__doc__)
print(json.__doc__.splitlines()[0])
params = inspect.signature(sorted).parameters
print([(p.name, p.kind.name, p.default) for p in params.values()])
