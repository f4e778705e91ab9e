# T21: sys.setrecursionlimit is applied (scripts/adjoint with limit 10000 runs depth(5000), as CPython)
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sys.getrecursionlimit(), depth(50))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError", e)
print(depth(50))
for bad in [0, -5, 2.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
