# contextlib.redirect_stdout / redirect_stderr and a reassigned sys.stdout (finding Z44): print goes where sys.stdout points.
import contextlib, io, sys
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured", 1, 2, sep="-")
    print("again", end="!")
    sys.stdout.write("written\n")
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("outer 1")
    with contextlib.redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
kept = sys.stdout.getvalue()
sys.stdout = saved
print("back", repr(kept))
def noisy():
    print("noise")
    return 42
f = io.StringIO()
with contextlib.redirect_stdout(f):
    value = noisy()
print(value, f.getvalue().strip())
