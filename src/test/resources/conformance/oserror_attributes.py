# An OSError from open() carries errno, strerror and filename, as CPython's does.
import os

for path in ["no/such/file.txt", "missing.txt", "."]:
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
        print(str(e))
try:
    open("missing.txt", "rb")
except FileNotFoundError as e:
    print(e.errno, repr(e.strerror), e.filename == "missing.txt", isinstance(e, OSError))
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), e.args)
e = FileNotFoundError("plain message")
print(e.errno, e.strerror, e.filename, str(e))
e = OSError(13, "Permission denied")
print(e.errno, e.strerror, e.filename, str(e))
