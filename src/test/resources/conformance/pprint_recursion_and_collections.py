# pprint: a container inside itself is named (<Recursion on list with id=...>); Counter, defaultdict, OrderedDict and deque are laid out as CPython's
import pprint
from collections import Counter, defaultdict, deque, OrderedDict
a = [1, 2]
a.append(a)
d = {"k": 1}
d["self"] = d
print(pprint.pformat(a) == f"[1, 2, <Recursion on list with id={id(a)}>]", pprint.pformat(d) == "{'k': 1, 'self': <Recursion on dict with id=%d>}" % id(d))
b = [a, [a]]
print(pprint.pformat(b, width=20).replace(str(id(a)), "ID"))
c = Counter("the quick brown fox jumps over the lazy dog and keeps running far away")
pprint.pprint(c)
dd = defaultdict(list)
for i, w in enumerate("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()):
    dd[w[0]].append((i, w))
pprint.pprint(dd)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(30), maxlen=35))
pprint.pprint(OrderedDict((str(i) * 8, i) for i in range(8)))
pprint.pprint(defaultdict(int))
pprint.pprint(Counter())
pprint.pprint(deque())
pprint.pprint({"nested": [Counter("aab"), deque([1, 2]), defaultdict(list, {"x": [1]})]}, width=30)
