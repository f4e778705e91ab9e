# Z48: UnicodeDecodeError's args, start, end, reason, encoding and object as CPython's UTF-8 decoder sets them; a
# generator expression's close(), throw() and send().
for data in [b"\xff", b"ab\xe2\x82", b"\xe2\x28\xa1", b"\xe0\x80", b"x\xf0\x9f\x98", b"\xc3\x28"]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(e.args, e.start, e.end, e.reason, e.encoding, e.object)
        print(str(e))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(e.args, e.start, e.end, e.reason, e.encoding)
e = UnicodeDecodeError("utf-8", b"\x00\x00", 0, 2, "boom")
print(str(e), e.args)
g = (x for x in range(3))
print(next(g))
g.close()
print(list(g))
h = (x for x in ())
try:
    h.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    print("KeyboardInterrupt raised")
print(list(h))
k = (x for x in range(3))
try:
    k.send(5)
except TypeError as e:
    print(e)
print(k.send(None), k.send(7))
