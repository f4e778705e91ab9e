# __import__ and importlib.import_module (finding Z9): a module named at run time, as CPython's.
import importlib
print(__import__("math").sqrt(4), __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__ in ("posixpath", "os.path"))
m = importlib.import_module("math")
print(m.pi, m is __import__("math"), importlib.import_module("os.path").join("a", "b"))
for name in ["nonexistent_mod", ""]:
    try:
        __import__(name)
    except (ImportError, ValueError) as e:
        print(type(e).__name__)
try:
    importlib.import_module("nonexistent_mod")
except ModuleNotFoundError as e:
    print(type(e).__name__)
import builtins
print(builtins.len("abc"), builtins.max is max, "print" in dir(builtins))
