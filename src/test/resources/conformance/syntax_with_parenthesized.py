# Parenthesized context managers (Python 3.10+, finding Z31): the items in brackets, over several lines.
import contextlib

@contextlib.contextmanager
def tag(name):
    print("enter", name)
    yield name.upper()
    print("exit", name)

with (tag("a") as a,
      tag("b") as b):
    print(a, b)
with (tag("c") as c, tag("d"),):
    print(c)
with (tag("e")) as e:
    print(e)
with (tag("f")):
    print("f body")
with (
    tag("g") as g
):
    print(g)
