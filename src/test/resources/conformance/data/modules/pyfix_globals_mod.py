# imported by pyfix_numbers_module_globals.py: globals() here is this module's own namespace
X = 1


class C:
    pass


def f():
    return sorted(k for k in globals() if not k.startswith("__"))


def lookup(name):
    return globals()[name]


G = sorted(k for k in globals() if not k.startswith("__"))
NAME = globals()["__name__"]
