# match statements (PEP 634): literal, capture, wildcard, value (dotted), or- and as-patterns, guards.
import math


class Color:
    RED = "red"
    GREEN = "green"


def http_status(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 400:
            return "bad request"
        case 404 | 410 as gone:
            return f"gone ({gone})"
        case 418:
            return "I'm a teapot"
        case -1:
            return "negative one"
        case 1.5:
            return "one and a half"
        case "x" "y":
            return "joined strings"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "the colour red"
        case math.pi:
            return "pi"
        case None:
            return "nothing"
        case True:
            return "true itself"
        case int(code) if code >= 500:
            return f"server error {code}"
        case _:
            return "something else"


for s in [200, 204, 400, 404, 410, 418, -1, 1.5, "xy", b"raw", "red", math.pi, None, True, False, 1, 1.0, 503, 302, "green"]:
    print(repr(s), "->", http_status(s))

# 1 == 1.0 == True, but None/True/False compare by identity
for v in [1, 1.0, True]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "equals 1")

# a capture binds; a guard that fails leaves it bound (as CPython does)
match 7:
    case n if n > 10:
        print("big", n)
    case m:
        print("small", m, n)

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, evaluated", len(calls), "time")

# a tuple subject without parentheses
match 1, 2:
    case (1, x):
        print("tuple subject", x)

# a top-level number is the lecture's input number; Python sees the number
x1 = 2
match x1:
    case 2:
        print("x1 is 2")
match x1 * 3.0:
    case float(f):
        print("float", f)

# no case matches: nothing happens
match "zzz":
    case "a":
        print("a")
print("done")
