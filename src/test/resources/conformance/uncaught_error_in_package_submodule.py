# An error in a package's submodule while the package is imported: CPython's traceback goes through
# each module's file (broken/__init__.py, broken/layers.py, broken/activations.py).
import sys

sys.path.append("./data/hw/python")
try:
    import broken
finally:
    sys.path.remove("./data/hw/python")
