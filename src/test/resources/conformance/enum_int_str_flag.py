# IntEnum and StrEnum members act as their values; Flag members combine as bit sets
from enum import Enum, Flag, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), f"{Priority.MEDIUM}", format(Priority.LOW, "03d"))
print(Priority.LOW + 1, Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority.LOW * Priority.HIGH, -Priority.LOW)
print(["a", "b", "c", "d"][Priority.HIGH], list(range(Priority.MEDIUM)), int(Priority.HIGH), Priority.HIGH.real)
print(sorted([Priority.HIGH, Priority.LOW]), max(Priority), Priority(2), hash(Priority.LOW) == hash(1))


class Mode(StrEnum):
    TRAIN = auto()
    EVAL = "evaluate"


print(Mode.TRAIN, repr(Mode.TRAIN), Mode.TRAIN == "train", Mode.EVAL.upper(), f"{Mode.EVAL}", len(Mode.EVAL), Mode.EVAL[0])
print("e" in Mode.EVAL, Mode("train") is Mode.TRAIN, [m.value for m in Mode])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(list(Perm), len(Perm), list(Perm.R | Perm.X), repr(~Perm.R), Perm(3) is rw, rw & Perm.W, len(rw))
try:
    Perm(8)
except ValueError as e:
    print(e)


class Access(Flag):
    READ = 4
    WRITE = 2
    EXEC = 1
    ALL = 7


print(list(Access), repr(Access.READ | Access.EXEC), Access.READ | Access.WRITE | Access.EXEC, repr(Access(6)))


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()


print([(d.name, d.value) for d in Weekday])
