# Enums mixed with str and int (Z21): class Mode(str, enum.Enum) members are strs.
import enum
import json


class Mode(str, enum.Enum):
    TRAIN = "train"
    EVAL = "eval"


print(Mode.TRAIN == "train", "eval" == Mode.EVAL, Mode.TRAIN != "eval", Mode("train") is Mode.TRAIN, Mode["EVAL"])
print(repr(Mode.TRAIN), Mode.TRAIN.value, Mode.TRAIN.name, isinstance(Mode.TRAIN, str), isinstance(Mode.TRAIN, Mode))
print(Mode.TRAIN.upper(), len(Mode.EVAL), Mode.TRAIN + "ing", Mode.TRAIN.startswith("tr"), {"train": 1}[Mode.TRAIN], {Mode.EVAL: 2}["eval"])
print(list(Mode), len(Mode), "train" in [Mode.TRAIN], sorted(Mode), json.dumps({"mode": Mode.TRAIN}), "-".join([Mode.TRAIN, Mode.EVAL]))
print(hash(Mode.TRAIN) == hash("train"), Mode.TRAIN in {"train"}, type(Mode.TRAIN).__mro__)


def run(mode):
    if mode == Mode.TRAIN:
        return "training"
    return "evaluating"


print(run("train"), run(Mode.EVAL), run(Mode.TRAIN))


class Level(int, enum.Enum):
    LOW = 1
    HIGH = 3


print(Level.HIGH > Level.LOW, Level.HIGH + 1, Level.LOW == 1, [10, 20, 30, 40][Level.HIGH], Level(3), repr(Level.LOW), isinstance(Level.LOW, int))
print(sorted([Level.HIGH, Level.LOW, 2]), sum(Level), int(Level.HIGH), list(range(Level.HIGH)))
