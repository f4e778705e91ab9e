# The harmless part of sys: version_info, maxsize, float_info, int_info, stdout.write, exit, the recursion limit.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[0])
print(sys.int_info.default_max_str_digits)
n = sys.stdout.write("written, ")
sys.stdout.write(str(n) + "\n")
sys.stdout.flush()
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    sys.exit(2)
except SystemExit as e:
    print("exit", e.args)
from sys import maxsize
print(maxsize > 0)
sys.exit(0)
print("never")
