# S35: sys.set_int_max_str_digits changes the limit on int <-> str conversion (0: none), as CPython 3.11
import sys

print(sys.get_int_max_str_digits())
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
big = 10 ** 5000
print(len(str(big)), sys.get_int_max_str_digits(), len(repr(-big)), int("1" * 5000) % 7, f"{big:d}"[:3])
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 5001)
except ValueError as e:
    print(e)
for bad in (100, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits(), int("1" * 4300) % 9)
