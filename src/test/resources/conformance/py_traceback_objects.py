# traceback objects as CPython's: e.__traceback__ walked by tb_next, each with tb_lineno and tb_frame
# (f_code.co_name, f_lineno, f_locals); raise e adds the frame raising it again to the traceback it
# had, bare raise keeps it, with_traceback(tb) and raise ... from None
import sys
import traceback


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - base))
        tb = tb.tb_next
    return out


base = sys._getframe().f_lineno


def parse(text):
    scale = 10
    return int(text) * scale


def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total


try:
    load(["1", "x"])
except ValueError as e:
    print(frames(e))
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(sorted(last.tb_frame.f_locals.items()))
    print(sorted(k for k in last.tb_frame.f_back.f_locals))


def again():
    try:
        load(["y"])
    except ValueError as e:
        raise e


def bare():
    try:
        load(["z"])
    except ValueError:
        raise


def elsewhere(e):
    raise e


for case in [again, bare]:
    try:
        case()
    except ValueError as e:
        print(case.__name__, frames(e))
try:
    load(["w"])
except ValueError as e:
    saved = e
try:
    elsewhere(saved)
except ValueError as e:
    print("elsewhere", frames(e), e is saved)
try:
    raise saved.with_traceback(None)
except ValueError as e:
    print("with_traceback(None)", frames(e))


def keep_traceback():
    try:
        load(["v"])
    except ValueError:
        kind, value, tb = sys.exc_info()
    raise RuntimeError("wrapped").with_traceback(tb)


try:
    keep_traceback()
except RuntimeError as e:
    print("with_traceback(tb)", frames(e))
try:
    try:
        load(["u"])
    except ValueError:
        raise KeyError("k") from None
except KeyError as e:
    print(frames(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print(traceback.format_exc().count("Traceback"))
try:
    ValueError().with_traceback(3)
except TypeError as e:
    print(e)


# the traceback made when a function the handler calls asks for it: the catching frame's f_back is its caller
def inspect_handled():
    tb = sys.exc_info()[2]
    return tb.tb_frame.f_code.co_name, tb.tb_frame.f_back.f_code.co_name, tb.tb_lineno - base, tb.tb_next


def catcher():
    try:
        1 / 0
    except ZeroDivisionError:
        return inspect_handled()


print(catcher())
