# PEP 654: exception groups and except* (CPython 3.11)


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in leaves(sub)]
    return [e]


def show(e):
    if e is None:
        return "None"
    if isinstance(e, BaseExceptionGroup):
        return type(e).__name__ + "(" + repr(e.message) + ", [" + ", ".join(show(x) for x in e.exceptions) + "])"
    return repr(e)


# the constructor: an ExceptionGroup when every member is an Exception
print(show(BaseExceptionGroup("b", [ValueError(1)])))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg), "|", repr(eg.message), len(eg.exceptions))
print(repr(eg))

# split, subgroup, derive
match, rest = eg.split(ValueError)
print(show(match))
print(show(rest))
print(show(eg.subgroup(KeyError)))
print(show(eg.subgroup((KeyError, TypeError))))
print(show(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(ExceptionGroup) is eg)
print(eg.subgroup(OSError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(show(eg.derive([ZeroDivisionError()])))
try:
    eg.split(42)
except TypeError as e:
    print(e)

eg.add_note("a note")
m = eg.subgroup(TypeError)
print(m.__notes__, m.__notes__ is eg.__notes__)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(show(mg.split(ValueError)[0]), show(mg.split(ValueError)[1]))

# except*: each clause runs once with its part
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as e:
    print("values:", show(e))
except* (TypeError, KeyError) as e:
    print("others:", show(e))
print("handled all")

# a lone exception is wrapped in ExceptionGroup("", [e])
try:
    raise ValueError("lone")
except* ValueError as e:
    print("wrapped:", show(e), repr(e.message))

# what no clause matches is raised again, its nesting kept
try:
    try:
        raise eg
    except* TypeError:
        print("got the TypeError")
except ExceptionGroup as e:
    print("left:", show(e))
    print(e.__notes__)

# a lone exception no clause matches is raised again as it is
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("lone again:", repr(e))

# what the handlers raise joins what is left
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        raise OSError("from handler")
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("together:", show(e))
    print(repr(e.exceptions[0].__context__.message), [show(x) for x in e.exceptions[0].__context__.exceptions])

# a bare raise raises the part again (within the original's structure)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("reraised:", show(e))

# a bare raise of a wrapped lone exception raises the wrapper
try:
    try:
        raise ValueError(7)
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("wrapper:", show(e))

# one handler raising for a lone exception: that exception alone
try:
    try:
        raise ValueError(8)
    except* ValueError:
        raise RuntimeError("instead")
except RuntimeError as e:
    print("instead:", repr(e), show(e.__context__))

# else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("no")
finally:
    print("finally after handler")

# the clause types are checked
for clause in ["ExceptionGroup", "(ValueError, ExceptionGroup)", "42"]:
    src = "try:\n    raise ValueError(1)\nexcept* TypeError:\n    pass\nexcept* " + clause + ":\n    pass\n"
    try:
        exec(src)
    except TypeError as e:
        print(type(e).__name__, e)

# BaseExceptionGroup with a KeyboardInterrupt
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
except* KeyboardInterrupt as e:
    print("ki:", show(e))
except* ValueError as e:
    print("val:", show(e))


# in a function, with a loop inside the handler
def handle(items):
    out = []
    try:
        raise ExceptionGroup("loop", [ValueError(i) for i in items])
    except* ValueError as e:
        for x in e.exceptions:
            if x.args[0] > 2:
                break
            out.append(x.args[0])
    return out


print(handle([1, 2, 3, 4]))
print([type(x).__name__ for x in leaves(eg)])
