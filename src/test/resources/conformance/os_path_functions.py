# os and os.path: the pure path functions and read-only queries, as CPython's posixpath computes them
import os
import os.path
from os.path import join, splitext

for p in ["a/b/c.txt", "/a/b/", "c.tar.gz", ".bashrc", "a/.hidden", "/", "", "a//b", "..", "a/b/../c/./d"]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), splitext(p), os.path.split(p), os.path.normpath(p), os.path.isabs(p))
print(join("a", "b", "c.txt"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), os.path.join("data", ""))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(__file__), os.path.exists(join(here, "nope")), os.path.isfile(here))
print(sorted(n for n in os.listdir(join(here, "data"))), os.path.getsize(join(here, "data", "lines.txt")))
print(os.path.abspath(__file__) == __file__, os.path.isabs(os.getcwd()), os.sep, os.path.sep, os.name, os.curdir, os.pardir)
print(type(os.environ.get("HOME")).__name__, os.environ.get("ADJOINT_NO_SUCH_VARIABLE", "default"), os.getenv("ADJOINT_NO_SUCH_VARIABLE"))
print("ADJOINT_NO_SUCH_VARIABLE" in os.environ, os.path.expanduser("~") == os.environ["HOME"])
try:
    os.listdir(join(here, "nope"))
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).replace(here, "HERE"))
