# catch_warnings puts the filters back; record=True collects the warnings instead of showing them
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn(f"step {i} is slow", RuntimeWarning)
    warnings.warn("plain")
print(len(caught), [str(w.message) for w in caught])
print([w.category.__name__ for w in caught], [w.lineno for w in caught])
print(caught[-1].message, repr(caught[-1].message), caught[-1].line)
print(issubclass(caught[0].category, Warning), isinstance(caught[0].message, RuntimeWarning))

with warnings.catch_warnings():
    warnings.filterwarnings("ignore")
    warnings.warn("silenced inside")
warnings.warn("shown after the block")

with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced by action=")

print(warnings.catch_warnings(), warnings.catch_warnings(record=True))

for bad in [lambda: warnings.simplefilter("sometimes"), lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", message=3)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.warn("x", "not a class")
except TypeError as e:
    print("TypeError:", e)
