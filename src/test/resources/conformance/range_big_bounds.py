# range() takes any int bounds, as CPython 3.11: items, slices and searches are exact past 64 bits;
# what CPython refuses (len of a range of 2**63 items or more, listing one) gives its error.
import random


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


r = range(10**20)
print(r, r[-1], 10**19 in r, r.index(5), r[10**19 : 10**19 + 3])
print(r.start, r.stop, r.step, bool(r), r[::-1], r[::2**70], repr(r), str(r), r.count(3), r.count(10**20))
show(lambda: len(r))
show(lambda: list(r))
show(lambda: tuple(r))
show(lambda: random.choice(r))
print(range(0, 10**30, 7)[5], range(2**63 - 1, 2**63 + 2)[1], list(range(2**64, 2**64 + 2)))
print(hash(range(10**20)) == hash(range(0, 10**20)), range(10**20) == range(0, 10**20, 1), hash(range(10)), hash(range(10**20)))
print({range(10**20): "big"}[range(0, 10**20)], range(0, 10**20) != range(1, 10**20), range(10**20, 0) == range(0))
print(range(0, 2**64, 2**64) == range(1), range(10**20, 10**20 + 1) == range(10**20, 10**20 + 1, 5))
for i in range(2**63, 2**63 + 2):
    print(i)
for i in range(2**63 - 2, 2**63 + 1):
    print(i, type(i).__name__)
print(list(range(2**63 + 1, 2**63 - 2, -1)), list(range(0, -(10**20), -(10**19)))[-2:])
print(sum(range(2**64, 2**64 + 3)), min(range(2**64, 2**64 + 3)), max(range(2**64, 2**64 + 3)), sorted(range(2**64 + 2, 2**64, -1)))
print(next(reversed(r)), list(reversed(range(2**64, 2**64 + 3))), type(iter(r)).__name__, type(reversed(r)).__name__)
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__, list(reversed(range(1, 10, 3))))
print(list(enumerate(range(2**64, 2**64 + 2))), list(zip(range(2**64, 2**64 + 2), "ab")))

# indexing and slicing: indices of any size, clamped as CPython's slices are
show(lambda: r[10**20])
show(lambda: r[-(10**20) - 1])
print(r[-(10**20)], range(2**64)[2**63], range(10)[True], range(0, -(10**20), -(10**19))[3])
show(lambda: range(10)[10**20])
show(lambda: range(10)[-(10**20)])
show(lambda: range(10)["a"])
print(range(10**20, 0, -1)[:2], range(10**20, 0, -1)[-2:], r[10**19 :], r[-5::2], range(5)[:: -(2**70)], r[2**63 : 2**63 + 2])
print(range(0, 2**63 - 1, 2**62)[::1], range(2**63 - 3, 2**63 + 3)[2:4], list(r[:3]), range(10**20)[::-1][0])
show(lambda: r[::0])

# searching
show(lambda: r.index(10**20))
print(r.index(10**19), r.count(10**19), range(2**63, 2**64).index(2**63 + 5), r.index(5.0), True in r, 5.0 in r, 0.5 in range(3))
rr = range(-(10**20), 10**20, 10**19)
print(rr.index(-(10**19)), -(10**19) in rr, -(10**19) + 1 in rr, 10**20 in rr, len(rr), rr[3])

# ranges of longs whose length passes 2**63
print(range(-(2**63), 2**63 - 1)[-1], range(-(2**63), 2**63 - 1).index(2**63 - 2), 2**63 - 3 in range(-(2**63), 2**63 - 1, 3), 2**63 - 4 in range(-(2**63), 2**63 - 1, 3))
rh = range(-(2**63), 2**63 - 1, 3)  # fits 64 bits, though its span does not
print(len(rh), rh.index(2**63 - 4), 2**63 - 4 in rh, 2**63 - 3 in rh, rh.count(-(2**63) + 6), rh[-1], rh[::-1][:2])
show(lambda: len(range(-(2**63), 2**63 - 1)))
print(len(range(-(2**63), 2**63 - 2, 2)), range(-(2**63), 0)[0], range(-(2**63) - 1, 0)[0], range(2**63 - 1)[-1])

# bounds: any int; not a float, not a zero step
print(range(0, 10, 10**20), list(range(0, 10, 10**20)), bool(range(10**20, 0)), range(10**20, 0), len(range(10**20, 0)), list(range(10**20, 0)))
show(lambda: range(1.5))
show(lambda: range(10**20, 10**21, 0))
show(lambda: range(0, 10**20, 0.5))

# the special methods, and bools searched as ints
print(r.__getitem__(10**19), r.__contains__(10**19), next(r.__reversed__()), next(r.__iter__()), any(r))
print(range(2**70).index(True), range(2**70).count(True), range(2**70).count(False), sorted({range(10**20), range(0, 10**20), range(5)}, key=str))
show(lambda: r.__len__())
show(lambda: r[:1.5])
show(lambda: random.sample(r, 2))


class Big:
    def __index__(self):
        return 10**20


print(range(Big()), range(Big(), 10**21, Big())[1], range(2**70)[Big()], 10**20 in range(Big(), 10**21))
show(lambda: range(3)[Big()])
show(lambda: [5, 6][Big()])
