# A bytearray with a live memoryview refuses to change size (BufferError), as CPython; released, dropped or ended by with, it grows again.
ba = bytearray(b"abc")
m = memoryview(ba)
for op in (lambda: ba.append(1), lambda: ba.extend(b"x")):
    try:
        op()
        print("ok")
    except BufferError as e:
        print("BufferError", e)
ba[0] = 65
print(ba, m[0], len(ba))
try:
    ba += b"q"
except BufferError as e:
    print("BufferError", e)
m.release()
ba.append(100)
print(ba)
with memoryview(ba) as mv:
    try:
        ba.append(1)
    except BufferError as e:
        print(e)
ba.append(1)
print(ba)
m2 = memoryview(ba)[1:]
try:
    ba.append(1)
except BufferError as e:
    print(e)
del m2
memoryview(ba)[0]
ba.extend(b"ok")
print(ba)
b = b"xyz"
mb = memoryview(b)
print(b + b"1")
