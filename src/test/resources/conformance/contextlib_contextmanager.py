# contextlib: @contextmanager (setup, the yielded value, cleanup; an error raised at the yield), suppress, nullcontext
from contextlib import contextmanager, suppress, nullcontext
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)

with swallow():
    {}["k"]
print("after")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as n:
    print(n)

