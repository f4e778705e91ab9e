# help() of the built-in types' methods (method descriptors, bound or not) and of a user's classes (U22):
# pydoc's layout with CPython's docstrings and signatures, defaults by their repr.
help(str.split)
help("a b".split)
help(list.append)
help([].append)
help(dict.get)
help(str.format)
help(str.join)
print(str.split.__doc__.splitlines()[0])
print(list.append.__doc__)


class Animal:
    """An animal."""
    legs = 4

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self, times: int = 1, sep: str = " ") -> str:
        """Say something."""
        return sep.join([self.sound] * times)

    @property
    def loud(self):
        """Loudly."""
        return self.sound.upper()

    @classmethod
    def make(cls, name="x"):
        return cls(name)

    @staticmethod
    def kinds(a=(1, "b")):
        return 3

    def __repr__(self):
        return "Animal()"


class Dog(Animal):
    def speak(self, times=2, sep="!"):
        return "woof"

    def fetch(self, x: int = 1, *rest, key="k", **options) -> int:
        "Fetch."
        return x


def greet(name, greeting="hello", *, punct='!') -> str:
    """Greets."""
    return greeting + name + punct


help(Animal)
help(Dog)
help(Dog("rex").fetch)
help(greet)
