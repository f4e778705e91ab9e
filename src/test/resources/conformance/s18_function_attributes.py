# S18: what a function object tells about itself: __module__, __defaults__, __kwdefaults__, __code__ (the counts
# and names of its parameters and locals, its name, file and first line), and a bound method reads its function's
def deco(fn):
    return fn


@deco
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """Add things.

    More text."""
    total = a + b
    for i in range(3):
        total += i

    def inner():
        return total

    return inner


g = lambda x, y=1: x + y


class P:
    """A point."""

    def __init__(self, x, y=0):
        self.x = x

    def norm(self, p=2):
        "Norm."
        z = p
        return z

    @classmethod
    def make(cls, v):
        return cls(v)


def plain():
    pass


for fn in (f, g, P.norm, f(1, d=1), P(1).norm, P.make, plain):
    code = fn.__code__
    print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames,
          code.co_nlocals, code.co_firstlineno, code.co_filename == __file__, code.co_cellvars)
    print(fn.__defaults__, fn.__kwdefaults__, fn.__module__, repr(fn.__doc__), fn.__name__, fn.__qualname__)
print(f.__code__ is f.__code__, type(f.__code__).__name__, P.__module__, P.__init__.__defaults__)
print(P(1).norm.__doc__, P(1).norm.__func__ is P.norm, P.make.__self__ is P)


# an autograder's check: how many parameters does the student's function take?
def student_solution(xs, k):
    best = max(xs)
    return best * k


print(student_solution.__code__.co_argcount, student_solution.__code__.co_varnames[:student_solution.__code__.co_argcount])
