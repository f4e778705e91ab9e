# A user's exception class, raised and not caught: its own name and message.
class ShapeMismatch(Exception):
    pass


def check(a, b):
    if len(a) != len(b):
        raise ShapeMismatch(f"{len(a)} != {len(b)}")
    return True


print(check([1, 2], [3, 4]))
check([1, 2], [3])
