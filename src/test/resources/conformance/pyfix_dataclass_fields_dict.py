from dataclasses import dataclass, field, fields
import dataclasses
@dataclass
class Ver:
    major: int
    minor: int = 0
@dataclass
class Child(Ver):
    tag: str = "x"
    notes: list = field(default_factory=list, repr=False)
fs = Child.__dataclass_fields__
print(type(fs).__name__, len(fs), list(fs), fs.keys(), "tag" in fs, fs["tag"].default, fs["notes"].repr)
print([(n, f.type.__name__) for n, f in fs.items()], [f.name for f in fields(Child)], Ver.__dataclass_fields__.keys())
print(Child(1, 2, "t"), dataclasses.asdict(Child(1)), dataclasses.astuple(Child(3, 4)))
print(isinstance(fs, dict), sorted(fs), Child.__init__.__qualname__ if False else "")
