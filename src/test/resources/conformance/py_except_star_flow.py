# except* (PEP 654): in functions, loops and generators, raise from, a bare raise within nested groups, a subclass of ExceptionGroup
import sys
def f(items):
    try:
        raise ExceptionGroup("g", items)
    except* ValueError as e:
        print("handler:", repr(e))
    except* TypeError as t:
        try:
            raise KeyError("in handler") from t
        except KeyError as k:
            print("cause:", repr(k.__cause__))
    return "done"
print(f([ValueError(1), TypeError(2)]))
try:
    e
except NameError as x:
    print(x)
def gen():
    try:
        raise ValueError(3)
    except* ValueError as e:
        r = repr(e)
    yield r
print(list(gen()))
for i in range(3):
    try:
        if i == 1:
            break
        raise ValueError(i)
    except* ValueError as e:
        print("loop", i, repr(e))
try:
    try:
        raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), ValueError(3)])])
    except* ValueError as v:
        print(repr(v))
        raise
    except* TypeError as t:
        raise t.exceptions[0]
except BaseExceptionGroup as g:
    print(repr(g), [repr(x) for x in g.exceptions])
import traceback
try:
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError:
        raise KeyError(5)
except* KeyError as k:
    print(repr(k), repr(k.exceptions[0].__context__))
class MyEG(ExceptionGroup):
    pass
try:
    raise MyEG("m", [ValueError(1), TypeError(2)])
except* ValueError as v:
    print(type(v).__name__, repr(v))
except* TypeError as t:
    print(type(t).__name__, repr(t))
