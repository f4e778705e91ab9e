# traceback.print_exc() and format_exc() in an except clause: CPython's traceback text
import io
import sys
import traceback


def load(path):
    return parse(path.split("/"))


def parse(parts):
    return int(parts[-1])


try:
    load("data/x")
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
print(text.splitlines()[-1], text.count("File"))
try:
    [1, 2][5]
except IndexError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue(), end="")
    traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
