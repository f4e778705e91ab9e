# Z50: CPython's reference counts run __del__ and close a suspended generator (GeneratorExit, finally) when
# the last reference goes: del, a rebinding, a function's return, a loop's next round; one held by a list
# when the list lets go (here found by gc.collect()).
import gc


def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise


def counted():
    try:
        yield 1
        yield 2
    finally:
        print("counted closed")


g = gen(); next(g); del g
print("after del")


class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del R", self.n, type(self).__name__)


r = R(1)
del r
print("end 1")
r = R(2)
r = None
print("end 2")


def f():
    x = R(3)
    print("in f")


f()
print("after f")
for i in range(3):
    q = R(10 + i)
print("loop done")
del q
h = gen(); next(h); h = 5
print("rebound")
c = counted(); print(next(c)); c = None
print("counted dropped")
a = R(20); b = [a]; del a
print("still in list")
b.clear()
gc.collect()
print("collected")
ids = set()


class Tracked:
    def __init__(self): ids.add(id(self))
    def __del__(self): ids.discard(id(self)); print("untracked", len(ids))


t = Tracked(); t2 = Tracked(); del t; del t2
R(30)
print("the end")
