# importlib as notebooks use it: reload(module) after editing a homework file, import_module(name).
import importlib
import sys

sys.path.append("./data/hw/apps")
sys.path.append("./data/hw/python")
import reloaded

again = importlib.reload(reloaded)
print(again is reloaded, reloaded.runs, reloaded.twice(21), sys.modules["reloaded"] is reloaded)
importlib.reload(reloaded)
print(reloaded.runs)

ops = importlib.import_module("needle.ops")
print(ops.__name__, sys.modules["needle.ops"] is ops, importlib.import_module(".ops_mathematic", "needle.ops").__name__)
print(importlib.import_module("math").sqrt(16.0), importlib.reload(sys.modules["math"]) is sys.modules["math"])
print(importlib.invalidate_caches())
for call in (lambda: importlib.reload(3), lambda: importlib.import_module(".x"), lambda: importlib.import_module("no_such_module_here"),
             lambda: importlib.import_module("needle.nothere"), lambda: importlib.import_module("...x", "needle")):
    try:
        call()
    except (TypeError, ImportError) as e:
        print(type(e).__name__ + ":", str(e).split(";")[0])

sys.path.remove("./data/hw/apps")
sys.path.remove("./data/hw/python")
