"""Train a tiny model.

The argparse idiom reads this text: ArgumentParser(description=__doc__).
"""
import argparse

print(__doc__.splitlines()[0])
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
print(parser.description)


def f():
    """A function's own docstring."""


class C:
    pass


print(f.__doc__, C.__doc__, __doc__.count("\n"))
