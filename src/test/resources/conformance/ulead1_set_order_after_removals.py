# U-lead-1: sets print in CPython's order after symmetric differences, removals, pops, copies and
# merges: CPython's table keeps a dummy where an item was removed (reused by a later insertion
# along the same probe sequence), merges a set slot by slot after one resize, walks b over a copy of
# a for a ^ b, and pops from a finger. Random sets of ints, seeded: the same draws in both.
import random

rng = random.Random(1573)


def draw():
    hi = rng.choice([10, 40, 100, 1000])
    return [rng.randrange(-5, hi) for _ in range(rng.randrange(0, 25))]


for case in range(150):
    a, b = set(), set()
    for x in draw():
        a.add(x)
    for x in draw():
        b.add(x)
    print(case, a ^ b, b ^ a, a.symmetric_difference(b), a.symmetric_difference(list(b)), frozenset(a) ^ b)
    c = set(a)
    c ^= b
    d = set(a)
    d.symmetric_difference_update(list(b))
    e = set(b)
    e.symmetric_difference_update(a)
    print(c, d, e, a | b, a & b, a - b, b - a, set(a), a.copy())
    print(a.union(list(b)), a.intersection(list(b)), a.difference(list(b)), set(dict.fromkeys(a)), set(list(a)))
    for _ in range(rng.randrange(0, 6)):
        op, x = rng.randrange(8), rng.randrange(-5, 60)
        if op == 0:
            a.discard(x)
        elif op == 1:
            a.add(x)
        elif op == 2 and a:
            print("pop", a.pop(), end=" ")
        elif op == 3:
            a ^= b
        elif op == 4:
            a -= b
        elif op == 5:
            a &= b
        elif op == 6:
            a |= b
        else:
            a.difference_update(list(b)[:3])
    print(a, a ^ b)

s = {1, 2, 3}
s.discard(1)
s.discard(2)
s.add(9)
s.add(17)
print(s, {16, 1, 2, 3, 4}, set({16, 1, 2, 3, 4}), {1, 2} ^ {2, 9})
c = set(range(20))
for i in range(15):
    c.discard(i)
c.add(100)
c.add(40)
print(c.pop(), c.pop(), c)
f = frozenset({3, 1, 2})
print(frozenset(f) is f, f | {9}, f ^ {1, 33}, {1, 33} ^ f)
print({(1, 2), (2, 1), (0, 0)} ^ {(2, 1), (5, 5)}, {0.5, 1.5, 2.5} ^ {1.5, 9.25})
