# TypeError messages for calls, word for word as CPython 3.11: missing and too many positional arguments.
def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)


def none():
    pass


def one(a):
    pass


def two(a, b):
    pass


def three(a, b, c):
    pass


def defaults(a, b=1, c=2):
    pass


def only_defaults(a=1):
    pass


show(one)
show(two)
show(two, 1)
show(three)
show(three, 1)
show(none, 1)
show(none, 1, 2)
show(one, 1, 2)
show(two, 1, 2, 3)
show(defaults)
show(defaults, 1, 2, 3, 4)
show(only_defaults, 1, 2)
show(lambda x: x)
show(lambda x, y=0: x, 1, 2, 3)
