# memoryview over bytes and bytearray (format 'B'): views, slices, writes through, release
ba = bytearray(b"hello world")
m = memoryview(ba)
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m.tolist()[:3], m.tobytes(), m.hex(), m.obj is ba)
s = m[6:]
print(type(s).__name__, s.tobytes(), len(s), s[0], s.nbytes, s.shape)
s[0] = ord("W")
print(ba)
m[0:5] = b"HELLO"
print(ba, bytes(m), bytearray(m[:2]))
print(m[::2].tobytes(), m[::-1].tobytes(), m[::2].strides, m[1::3].tolist())
print(m == ba, m == b"HELLO World", m == memoryview(b"HELLO World"), m == [1], m != b"x")
print(list(m[:3]), 72 in m, [x for x in m[:2]])
r = memoryview(b"abc")
print(r.readonly, r.tobytes(), r[1:].hex())
for code in ["r[0] = 1", "m[0] = 256", "m[0] = 'a'", "m[0:2] = b'abc'", "m[20]", "memoryview([1, 2])", "memoryview('abc')", "m['a']", "del m[0]", "m[0:2] = [1, 2]"]:
    try:
        exec(code)
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(code, "->", type(e).__name__ + ":", e)
with memoryview(ba) as v:
    print(v[1])
try:
    v[0]
except ValueError as e:
    print(e)
try:
    len(v)
except ValueError as e:
    print(e)
m.release()
m.release()
try:
    m.tobytes()
except ValueError as e:
    print(e)
print(memoryview(memoryview(b"xyz")[1:]).tobytes())
print(memoryview(b"").tolist(), memoryview(b"ab").hex(), bytes(memoryview(b"q")))
print(isinstance(memoryview(b""), memoryview), type(memoryview(b"")).__name__)
print(b"abc" == memoryview(b"abc"), bytearray(b"ab") == memoryview(b"ab"), memoryview(b"ab") == bytearray(b"ab"))
n = memoryview(bytearray(4))
n[1:3] = memoryview(b"xy")
print(n.tobytes(), n[1:3] == b"xy", list(reversed(n)), sum(n), max(n), sorted(n[1:3]))
print(m.__class__ is memoryview, memoryview.__name__)
print(list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
m = memoryview(b"ab")
print(type(reversed(m)).__name__, type(reversed(b"a")).__name__)
