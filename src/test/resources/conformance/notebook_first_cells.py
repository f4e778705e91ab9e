# first cells of course notebooks and tutorials: sys.path.append, typing, math/random/itertools staples, format specs, str(bytes, encoding)
import sys
sys.path.append("./src")
print(type(sys.path).__name__)
import os
from typing import List, Optional, Tuple, Dict
def add(x: int, y: int) -> int:
    return x + y
print(add(5, 6), add(3.2, 1.5))
import time
import math
print(math.prod([1, 2, 3]), math.comb(5, 2), math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.nan)
import random
random.seed(0)
print(random.random(), random.randint(1, 10), random.choice([1, 2, 3]), random.sample(range(10), 3))
x = list(range(10))
random.shuffle(x)
print(x)
import itertools, functools, collections
print(list(itertools.accumulate([1, 2, 3])), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), collections.Counter("hello").most_common(2))
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:08b}", f"{'x':>5}|", f"{3.14159:10.3f}|")
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True))
print(divmod(17, 5), pow(2, 10, 1000), hex(255), oct(8), bin(5), int("ff", 16), chr(65), ord("a"))
print("a,b,,c".split(","), " x y ".split(), "hello world".title(), "abc".center(9, "*"))
print(any(v > 2 for v in [1, 3]), all([]), max([], default=0), min(3, 1, 2), sum([0.1] * 10))
print(isinstance(True, int), type(None).__name__, (1).bit_length(), (255).to_bytes(2, "big"))
print(str(b"abc", "utf-8"), bytes("é", "utf-8"), list(b"ab"))
print(round(2.5), round(3.5), round(-0.5), round(1.234567, 3), int(-3.7), float("inf") > 1e308)
try:
    str("a", "utf-8")
except TypeError as e:
    print(e)
