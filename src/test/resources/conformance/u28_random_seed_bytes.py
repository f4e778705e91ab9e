# U28: random.seed and random.Random take bytes and bytearray (the bytes and their SHA-512 as one
# int), and version=1 seeds from Python 2's hash of a str or bytes.
import random

for seed in [b"x", bytearray(b"x"), b"", bytearray(), b"\x00\xff" * 40, "x", "\u00e9t\u00e9"]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.randint(1, 10 ** 6))
r = random.Random(b"\x00\xff")
print(r.randint(1, 100), r.random(), random.Random(bytearray(b"abc")).random() == random.Random(b"abc").random())
for seed in ["abc", "", "\u00e9\u4e2d", b"x", b"\xff\x00"]:
    random.seed(seed, version=1)
    print(repr(seed), random.random())
random.seed(b"x", version=2)
print(random.random())
for bad in [(1, 2), [1], {1: 2}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
