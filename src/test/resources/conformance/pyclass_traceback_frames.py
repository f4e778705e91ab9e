# CPython 3.11's traceback frames: functions that builtins call (map, sorted's key, max's key), the
# frames of comprehensions (<listcomp>, <setcomp>, <dictcomp>, <genexpr>) and of lambdas, a generator
# run by a for loop, chained errors (raise ... from, and an error in an except clause)
import sys
import traceback


def f(x):
    return 1 / x


def h(xs):
    return [f(v) for v in xs]


def gen():
    for v in [1, 0]:
        yield f(v)


cases = [
    lambda: h([1, 0]),
    lambda: [1 / v for v in [0]],
    lambda: {v: f(v) for v in [0]},
    lambda: {f(v) for v in [0]},
    lambda: [w for v in [[1], 0] for w in v],
    lambda: sorted([1, 0], key=lambda v: 1 / v),
    lambda: list(map(f, [0])),
    lambda: max([0], key=f),
    lambda: sum(f(v) for v in [2, 0]),
    lambda: list(gen()),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc(file=sys.stdout)
try:
    for x in (f(v) for v in [0]):
        pass
except Exception:
    traceback.print_exc(file=sys.stdout)


def g():
    try:
        1 / 0
    except ZeroDivisionError:
        {}['k']


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('bad input ' + text) from e


for case in [g, lambda: parse('x'), lambda: parse(None)]:
    try:
        case()
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
        print(type(e.__context__).__name__, type(e.__cause__).__name__)
try:
    raise KeyError('k') from ValueError('v')
except KeyError:
    print(traceback.format_exc())

# CPython 3.11's traceback module computes no "Did you mean" (its interpreter's traceback does)
try:
    lenn([1])
except NameError:
    print(traceback.format_exc().splitlines()[-1])
try:
    [].apend(1)
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
