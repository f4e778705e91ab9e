# list[int] and friends print as written (types.GenericAlias); dict subclasses are unhashable by their CPython names; a script has __file__ (absolute, as CPython 3.9+).
from collections import defaultdict, OrderedDict, Counter, deque
for v in [defaultdict(int), OrderedDict(), Counter(), {}, deque()]:
    try:
        {v: 1}
    except TypeError as e:
        print(e)
print(list[int], dict[str, int], tuple[int, ...], set[float], type[int], list[dict[str, list[int]]])
print(deque[int], defaultdict[str, int])
alias = list[int]
print(alias([1, 2]), alias.__origin__, alias.__args__, type(alias))
def f(xs: list[int]) -> dict[str, float]:
    return {str(x): float(x) for x in xs}
print(f([1, 2]))
print(__file__.endswith("i5.py"), __file__.startswith("/"))
