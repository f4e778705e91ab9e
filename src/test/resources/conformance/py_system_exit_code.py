# Source: tester finding #52 (session 10): SystemExit.code as CPython sets it; sys.exit("msg") ends with status 1.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(repr(e), e.code, e.args)
try:
    sys.exit("bye")
except SystemExit as e:
    print(repr(e), e.code)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    exit(4)
except SystemExit as e:
    print("exit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(5)
except Exception:
    print("not caught here")
except BaseException as e:
    print("base", e.code)
import sys
for f in [lambda: sys.exit(), lambda: sys.exit(None), lambda: exit(), lambda: quit(None)]:
    try: f()
    except SystemExit as e: print(repr(e), e.args, e.code)
sys.exit("fatal: done")
