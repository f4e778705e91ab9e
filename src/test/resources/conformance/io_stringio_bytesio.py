# io.StringIO and io.BytesIO: files in memory, read and written at a position.
import io

buf = io.StringIO("first line\nsecond line\nthird")
print(buf.readline(), end="")
print(buf.read(6), buf.tell())
print(buf.readlines())
print(repr(buf.read()), buf.tell())
buf.seek(0)
print([line.rstrip() for line in buf])

out = io.StringIO()
print("loss", 0.25, sep="=", file=out)
print("épsilon ✓", file=out)
out.write("tail")
print(repr(out.getvalue()), out.tell())
out.seek(0)
out.write("LOSS")
print(repr(out.getvalue()))
out.seek(2)
print(out.truncate(), repr(out.getvalue()))
print(isinstance(out, io.StringIO), type(out).__name__, out.closed)

with io.StringIO("a\nb\n") as f:
    print(f.readlines())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

b = io.BytesIO(b"\x00\x01\x02hello")
print(b.read(3), b.read(), b.tell())
b.seek(1)
print(b.read(2))
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.getvalue())
w.seek(6)
w.write(b"!")
print(w.getvalue(), type(w).__name__)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().write("x")
except TypeError as e:
    print("TypeError:", e)
