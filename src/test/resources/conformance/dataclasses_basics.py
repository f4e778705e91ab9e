# @dataclass: fields with defaults and default_factory, repr/eq/order, frozen, asdict/astuple/replace/fields
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import List


@dataclass
class Config:
    lr: float
    epochs: int = 10
    layers: List[int] = field(default_factory=list)
    name: str = field(default="run", repr=False)

    def __post_init__(self):
        self.steps = self.epochs * 2


c = Config(0.1)
print(c, c.steps, c == Config(0.1), c == Config(0.2), c.name, Config.epochs)
c.layers.append(3)
print(Config(lr=0.5, epochs=3, layers=[1, 2]), Config(0.1).layers, asdict(c), astuple(c))
print([f.name for f in fields(c)], fields(Config)[1].default, is_dataclass(c), is_dataclass(Config), is_dataclass(3))
print(replace(c, lr=0.01))


@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, p < Point(1, 3), sorted([Point(2), Point(1, 5), Point(1, 1)]), p == Point(1, 2), hash(p) == hash(Point(1, 2)), len({p, Point(1, 2)}))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), [f.name for f in fields(Point3)])
for bad in [lambda: Config(), lambda: Config(1, 2, [], "n", 5), lambda: Config(1, lr=2), lambda: Config(1, bad=2), lambda: hash(c)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
