# the traceback module as CPython 3.11's: format_exception/print_exception (3.10's (exc) and the old
# (type, value, tb)), format_exception_only, extract_tb/format_tb/print_tb, walk_tb, extract_stack/
# format_stack/print_stack, FrameSummary's fields, StackSummary, format_list, limit
import io
import sys
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(item) for item in items]


def caught(f, *args):
    try:
        f(*args)
    except Exception as e:
        return e


e = caught(load, ["1", "x"])
print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))
print(traceback.format_exception(e, limit=1)[-2:])
print(traceback.format_exception(e, limit=-1)[1])
buf = io.StringIO()
traceback.print_exception(e, file=buf)
print(buf.getvalue() == "".join(traceback.format_exception(e)))
traceback.print_exception(type(e), e, None, file=sys.stdout)
traceback.print_exception(None, file=sys.stdout)
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
try:
    traceback.format_exception(e, e)
except ValueError as error:
    print(error)

summary = traceback.extract_tb(e.__traceback__)
print(type(summary).__name__, isinstance(summary, list), len(summary))
for frame in summary:
    print(frame.filename == __file__, frame.lineno, frame.name, repr(frame.line), frame.locals)
    filename, lineno, name, line = frame
    print(name, lineno, frame[2], len(frame), frame == (frame.filename, lineno, name, line))
print(repr(summary[-1]).replace(__file__, "FILE"))
print([f.name for f in traceback.extract_tb(e.__traceback__, limit=2)], [f.name for f in traceback.extract_tb(e.__traceback__, limit=-1)])
print("".join(traceback.format_tb(e.__traceback__)), end="")
print(summary.format() == traceback.format_tb(e.__traceback__) == traceback.format_list(summary))
traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])

fs = traceback.FrameSummary("prog.py", 3, "main", line="  x = compute(1)  ")
print(fs.line, fs.lineno, fs.locals, repr(fs).replace(__file__, "FILE"))
print(traceback.format_list([fs, ("other.py", 4, "f", "return 1"), ("other.py", 5, "g", None)]), end="")
print(traceback.format_list([fs] * 5))


def inner():
    stack = traceback.extract_stack()
    print([(f.name, f.line) for f in stack[-2:]])
    print("".join(traceback.format_stack(limit=2)), end="")
    traceback.print_stack(limit=1, file=sys.stdout)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())][:2])
    return sys._getframe()


def outer():
    return inner()


frame = outer()
print([f.name for f in traceback.extract_stack(frame)][-2:])


# the chain of causes and contexts, each with its own traceback
def convert(text):
    try:
        return parse(text)
    except ValueError as error:
        raise RuntimeError("cannot convert " + text) from error


def cleanup():
    try:
        {}["k"]
    finally:
        len(5)


for case in [lambda: convert("y"), cleanup]:
    error = caught(case)
    print("".join(traceback.format_exception(error)), end="")
    print("".join(traceback.format_exception(error, chain=False)), end="")
error = caught(convert, "z")
error.__cause__ = None
error.__suppress_context__ = False
print("".join(traceback.format_exception(error)).count("Traceback"))
error = RuntimeError("never raised")
error.__cause__ = KeyError("cause")
print(traceback.format_exception(error))
print(traceback.FrameSummary(__file__, 5, "f").line, traceback.FrameSummary("nowhere.py", 1, "f").line == "", traceback.FrameSummary("a", 1, "f").end_lineno)
s = traceback.extract_stack()[-1]
print(s.end_lineno, s.colno, s.end_colno, s.line)
s = traceback.extract_tb(caught(parse, "q").__traceback__)[-1]
print(s.end_lineno - s.lineno, s.colno, s.end_colno, s.line)
