# Source: tester finding #47 (session 10): exception notes (PEP 678) printed after the message, as CPython 3.11's traceback prints them.
import traceback
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("second note")
    print(e.__notes__, str(e), repr(e))
    print(traceback.format_exc())
try:
    e = TypeError("x")
    e.add_note(5)
except TypeError as t:
    print(t)
def parse(line):
    try:
        return int(line)
    except ValueError as e:
        e.add_note(f"in line {line!r}")
        raise
try:
    parse("x1")
except ValueError:
    traceback.print_exc()
