def inner():
    raise ValueError("inner")
def outer():
    try:
        inner()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    outer()
except ValueError as e:
    print("caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("caught", e)
