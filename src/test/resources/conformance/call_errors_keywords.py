# TypeError messages for calls with keywords: unexpected, multiple values, keyword-only missing.
def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)


def one(a):
    pass


def kw(a, *, key):
    pass


def kw2(a, *, key, other):
    pass


def kw_default(a, *, key=1):
    pass


def star(*args):
    pass


def star_kw(a, *args, key):
    pass


show(one, b=2)
show(one, 1, b=2)
show(one, 1, a=2)
show(kw, 1)
show(kw2, 1)
show(kw2)
show(kw, 1, 2)
show(kw, 1, 2, key=3)
show(kw_default, 1, 2, key=3)
show(kw_default, 1, 2, 3)
show(star, x=1)
show(star_kw, 1, 2)
show(star_kw)
show(kw, key=1)
