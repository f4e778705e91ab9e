# pprint: CPython's layout (one item per line when the repr does not fit, dicts sorted, long strings split).
import pprint

data = {"model": "mlp", "layers": [784, 256, 128, 10], "lr": 0.001, "betas": (0.9, 0.999),
        "history": {"loss": [2.302, 0.693, 0.401, 0.298, 0.251, 0.233], "acc": [0.11, 0.79, 0.88, 0.91, 0.93, 0.94]},
        "seeds": {3, 1, 2}, "notes": "a fairly long note about this run that will not fit on one line of eighty columns"}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"b": 1, "a": [1, 2]})
print(pprint.pformat(list(range(30)), compact=True, width=40))
print(pprint.pformat(list(range(30)), width=60))
pprint.pprint([[1, 2, 3]] * 6, width=30)
pprint.pprint((("x",) * 3, ["nested", ("tuple", 1)], {}), width=20)
pprint.pprint({"k": [{"deep": list(range(12))}]}, indent=4, width=30)
pprint.pprint("word " * 30)
pprint.pprint(frozenset(range(25)), width=30)
pprint.pprint(3.5)
print(pprint.pformat({"short": 1}))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": "text"})
print(pp.pformat([10, 20]))

# a negative width is allowed (every item on its own line); only 0 is refused
print(repr(pprint.pformat([1, 2], width=-5)))
try:
    pprint.pformat([1], width=0)
except ValueError as e:
    print("ValueError:", e)
