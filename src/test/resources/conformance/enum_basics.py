# enum.Enum as students write it: members, aliases, lookup by value and name, iteration, errors
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(repr(Color), type(Color), type(Color.RED), isinstance(Color.RED, Color))
print(list(Color), len(Color))
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(Color.__members__)
for c in Color:
    print(f"{c.name:>6} = {c.value}")
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])
print(f"{Color.RED}", format(Color.GREEN), f"[{Color.RED!r:>16}|{Color.RED:>12}]", str(Color.BLUE))
print(sorted(Color, key=lambda c: -c.value))

for attempt in [lambda: Color(7), lambda: Color("RED"), lambda: Color["PURPLE"], lambda: Color.RED < Color.GREEN]:
    try:
        attempt()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, repr(e))
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError", e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.SQUARE


print([s.describe() for s in Shape], Shape.default())


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))

try:

    @unique
    class Mistake(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2

except ValueError as e:
    print("ValueError", e)

try:

    class MoreColors(Color):
        PINK = 4

except TypeError as e:
    print("TypeError", e)

import copy

print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)

match Color(2):
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
