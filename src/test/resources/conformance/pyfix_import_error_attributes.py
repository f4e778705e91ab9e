# ImportError's and ModuleNotFoundError's name, path and msg, and CPython's message (tester Z47):
# a program that prints or compares the message sees CPython's text.
import sys

sys.path.append("./data/hw/python")
for attempt in ("import missingmod", "import sklearn.svm", "import needle.nothere", "from needle import nothere", "from math import nothere",
                "import needle.autograd.deeper"):
    try:
        if attempt == "import missingmod":
            import missingmod
        elif attempt == "import sklearn.svm":
            import sklearn.svm
        elif attempt == "import needle.nothere":
            import needle.nothere
        elif attempt == "from needle import nothere":
            from needle import nothere
        elif attempt == "from math import nothere":
            from math import nothere
        else:
            import needle.autograd.deeper
    except ImportError as e:
        # math's path is CPython's compiled module file; adjoint's math has none
        path = "(math)" if e.name == "math" else e.path if e.path is None else e.path.endswith("__init__.py")
        print(type(e).__name__, "|", str(e).split(" (")[0], "|", e.name, "|", path, "|", e.msg == str(e), e.args == (str(e),))
sys.path.remove("./data/hw/python")
e = ImportError("cannot load", name="mod", path="/x/mod.py")
print(e, e.name, e.path, e.msg, repr(ModuleNotFoundError("m")), ModuleNotFoundError("m").name, ImportError("a", "b").msg)
try:
    raise ModuleNotFoundError("No module named 'plugin'", name="plugin")
except ImportError as err:
    print(err.name, err.path, err.msg, err.args)
