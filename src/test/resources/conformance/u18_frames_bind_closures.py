# U18 leftovers: inspect.currentframe()/stack()/getargvalues (d2l 2e's save_hyperparameters),
# sys._getframe, f.__globals__, f.__closure__, Signature.bind/bind_partial/replace,
# dataclasses.InitVar, generator lambdas, print.__module__.
import dataclasses
import inspect
import sys
from dataclasses import InitVar, dataclass, field


class HyperParameters:
    def save_hyperparameters(self, ignore=[]):
        frame = inspect.currentframe().f_back
        _, _, _, local_vars = inspect.getargvalues(frame)
        self.hparams = {k: v for k, v in local_vars.items() if k not in set(ignore + ["self"]) and not k.startswith("_")}
        for k, v in self.hparams.items():
            setattr(self, k, v)


class Model(HyperParameters):
    def __init__(self, num_inputs, lr, sigma=0.01, *, plot=True):
        super().__init__()
        self.save_hyperparameters(ignore=["plot"])


m = Model(2, 0.03)
print(m.hparams, m.lr, m.sigma, m.num_inputs, hasattr(m, "plot"))


def f(a, b=2, *args, c, **kw):
    x = 5
    fr = inspect.currentframe()
    print(fr.f_code.co_name, inspect.currentframe().f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    info = inspect.getargvalues(fr)
    print(info.args, info.varargs, info.keywords, sorted(info.locals), info.locals["x"], info.locals["args"], info.locals["kw"])
    print(list(fr.f_locals), fr.f_globals is globals(), type(fr).__name__)
    st = inspect.stack()
    print(len(st) - top_depth, st[0].function, st[1].function, st[0].lineno, st[0].code_context, st[0].index, st[0][3], len(st[0]), type(st[0]).__name__)
    frame, filename, lineno, function, context, index = st[1]
    print(filename == __file__, lineno, function, context, index)
    return fr


top_depth = len(inspect.stack())  # the frames from here up (CPython's conformance harness runs the program in a frame of its own)
r = f(1, c=3)
print(r.f_code.co_name, inspect.currentframe().f_code.co_name)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno, sys._getframe(-3).f_code.co_name)


def caller_name():
    return sys._getframe(1).f_code.co_name


def outer_fn():
    return caller_name()


print(caller_name(), outer_fn())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)


def make_counter(start):
    count = start
    step = 1

    def bump():
        nonlocal count
        count += step
        return count

    def unused():
        return 0

    return bump, unused


bump, unused = make_counter(10)
print(bump.__globals__ is globals(), len(bump.__closure__), [c.cell_contents for c in bump.__closure__], unused.__closure__)
bump()
print([c.cell_contents for c in bump.__closure__], make_counter.__closure__, print.__module__, len.__module__, len.__qualname__)


def later():
    def inner():
        return value

    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 7
    return cell.cell_contents


print(later())


def g(a, b, /, c, *args, d, e=5, **kw):
    pass


sig = inspect.signature(g)
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs, ba)
ba.apply_defaults()
print(ba.arguments, ba.signature is sig, type(ba).__name__)
bp = sig.bind_partial(1, d=4)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)
for args, kwargs in [((1,), {}), ((1, 2), {"c": 3}), ((1, 2, 3), {"c": 3, "d": 1}), ((1, 2, 3), {"a": 1, "d": 1}), ((), {"a": 1}),
                     ((1, 2, 3), {"d": 4, "e": 1, "q": 2})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def h(x, y=3, *, z):
    pass


sh = inspect.signature(h)
for args, kwargs in [((1, 2, 3), {}), ((), {"z": 1}), ((1,), {"z": 2, "w": 3}), ((1,), {"x": 1, "z": 1})]:
    try:
        print(sh.bind(*args, **kwargs).arguments)
    except TypeError as e:
        print("TypeError:", e)
print(sh.replace(parameters=list(sh.parameters.values())[1:]), sh.replace(return_annotation=int), sh)
p = sh.parameters["y"]
print(p.replace(default=9), p.replace(name="w", kind=inspect.Parameter.KEYWORD_ONLY))
for bad in [[sh.parameters["z"], sh.parameters["x"]], [sh.parameters["y"], p.replace(name="q", default=inspect.Parameter.empty)], [p, p]]:
    try:
        sh.replace(parameters=bad)
    except ValueError as e:
        print("ValueError:", e)


@dataclass
class Scaled:
    x: float
    factor: InitVar[float] = 2.0
    y: float = field(default=0.0)

    def __post_init__(self, factor):
        self.y = self.x * factor


s = Scaled(3.0)
t = Scaled(1.5, factor=4)
print(s, t, s == Scaled(3.0), [f.name for f in dataclasses.fields(s)], dataclasses.asdict(t), Scaled.factor)
print(inspect.signature(Scaled), Scaled.__match_args__, dataclasses.replace(t, x=1.0), InitVar[int])


@dataclass
class Needs:
    a: int
    b: InitVar[int]

    def __post_init__(self, b):
        self.a += b


n = Needs(1, 10)
print(n, hasattr(n, "b"))
try:
    dataclasses.replace(n, a=2)
except ValueError as e:
    print("ValueError:", e)

gen = lambda: (yield)
it = gen()
print(next(it), inspect.isgeneratorfunction(gen))
try:
    it.send(5)
except StopIteration as e:
    print("StopIteration", e.value)
echo = lambda n: (yield from range(n))
print(list(echo(3)))


def not_a_generator():
    return lambda: (yield 1)


print(inspect.isgeneratorfunction(not_a_generator), list(not_a_generator()()))
