# Bases CPython refuses: bool, range, slice, type(None), a function; and two bases of unrelated built-in layouts.
for base in [bool, range, slice, type(None), type(len), type(lambda: 0)]:
    try:
        class X(base):
            pass
    except TypeError as e:
        print("TypeError:", e)

try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)


class Fine(int, object):
    pass


print(Fine(3) + 1, Fine.__mro__)
