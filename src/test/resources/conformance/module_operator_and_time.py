# operator's functions and key getters (sorted/max by a field), and time as a training loop uses it.
import operator
from operator import itemgetter, attrgetter, methodcaller
import time
from functools import reduce

print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.lt(1, 2), operator.eq([1], [1]), operator.not_(0), operator.getitem({"a": 1}, "a"), operator.contains("abc", "b"))
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), max(pairs, key=itemgetter(1)), itemgetter(0, 1)(pairs[0]), itemgetter(slice(1, None))([1, 2, 3]))


class Run:
    def __init__(self, name, loss):
        self.name = name
        self.loss = loss


runs = [Run("x", 0.5), Run("y", 0.25)]
print([r.name for r in sorted(runs, key=attrgetter("loss"))], attrgetter("name", "loss")(runs[0]), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
start = time.time()
t0 = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - t0
print(elapsed >= 0.005, elapsed < 5, time.time() - start >= 0, type(time.time()), type(time.perf_counter_ns()), time.time() > 1.7e9)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
