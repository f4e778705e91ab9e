# bytearray's list-like methods: pop, remove, insert, clear, reverse and copy, with CPython's errors
ba = bytearray(b"hello")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(1, 65); ba.insert(-100, 66); ba.insert(100, 67); print(ba)
ba.remove(65); print(ba)
c = ba.copy(); ba.reverse(); print(ba, c, c is ba)
ba.clear(); print(ba, len(ba))
for bad in (lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
            lambda: bytearray(b"a").insert(0, 256), lambda: bytearray(b"a").insert(0, "x"), lambda: bytearray(b"a").pop("0"),
            lambda: b"abc".pop()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = memoryview(ba2 := bytearray(b"xy"))
try:
    ba2.pop()
except BufferError as e:
    print("BufferError:", e)
m.release(); print(ba2.pop(), ba2)
