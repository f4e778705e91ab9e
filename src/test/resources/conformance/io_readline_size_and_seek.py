# readline(size) and seek's whence rules, which differ between StringIO and BytesIO as in CPython
import io
s = io.StringIO("hello world\nsecond line\nthird")
print(repr(s.readline(5)), repr(s.readline(100)), repr(s.readline(0)), repr(s.readline(-1)), repr(s.readline(None)), repr(s.readline()))
b = io.BytesIO(b"abc\ndefgh\nij")
print(b.readline(2), b.readline(), b.readline(3), b.readline(-5), b.readline())
s = io.StringIO("abcdef")
print(s.seek(2), s.read(2), s.seek(0, 2), s.tell(), s.seek(0, 1), s.seek(0))
for args in [(3, 1), (-1, 2), (-1,), (0, 3), (1, 2)]:
    try:
        print(args, s.seek(*args))
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
b = io.BytesIO(b"abcdef")
print(b.seek(2), b.seek(-1, 2), b.read(), b.seek(-2, 1), b.read(), b.seek(10), b.read(), b.tell())
for args in [(-1,), (0, 3), (-10, 2), (-10, 1)]:
    try:
        print(args, b.seek(*args))
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
try:
    s.readline("x")
except TypeError as e:
    print(e)
