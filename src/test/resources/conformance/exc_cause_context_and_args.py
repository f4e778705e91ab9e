# raise X from e, the implicit __context__, __suppress_context__ (from None) and args, as PEP 3134 sets them.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("bad step") from e
except RuntimeError as err:
    print(type(err.__cause__).__name__, err.__cause__)
    print(type(err.__context__).__name__, err.__suppress_context__)
    print(err.args, err.__cause__.args)
try:
    try:
        {}["k"]
    except KeyError:
        int("x")
except ValueError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("t") from None
except TypeError as err:
    print(err.__cause__, repr(err.__context__), err.__suppress_context__)
e = ValueError("a", 2)
print(e.args, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise KeyError("x") from ValueError("v")
except KeyError as err:
    print(repr(err.__cause__), err.__context__)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally")
except ValueError as err:
    print(err.__context__)
def f():
    try:
        raise OSError("disk")
    except OSError as exc:
        raise RuntimeError("failed") from exc
try:
    f()
except RuntimeError as err:
    print(repr(err.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)
