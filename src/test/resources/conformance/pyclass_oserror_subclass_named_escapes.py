# Source: tester findings #2 and #13 (session 10): OSError(errno, msg) makes the subclass of that errno
# (CPython's OSError.__new__), and \N{NAME} escapes in string literals.
for errno in (2, 13, 17, 21, 1, 99):
    e = OSError(errno, 'message')
    print(type(e).__name__, repr(e), str(e), e.errno, e.strerror)
try:
    raise OSError(2, 'No such file or directory', 'data.csv')
except FileNotFoundError as e:
    print('caught', repr(e), e.filename, isinstance(e, OSError))
print(type(OSError('just a message')).__name__, type(OSError(2)).__name__, type(FileNotFoundError(13, 'x')).__name__)
print(type(IOError(2, 'x')).__name__, type(OSError(True, 'x')).__name__)
print("\N{BULLET} \N{greek small letter alpha} \N{EM DASH}", len("\N{EM DASH}"), "\N{LATIN SMALL LETTER E WITH ACUTE}t\N{LATIN SMALL LETTER E WITH ACUTE}")
print(r"\N{BULLET}", b"\N{BULLET}", "\\N{BULLET}")
n = 3
print(f"\N{BULLET} {n} \N{MULTIPLICATION SIGN} {n:>3} \N{bullet}", rf"\N{n}")
