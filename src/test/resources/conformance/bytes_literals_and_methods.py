# bytes and bytearray: literals, repr, indexing and slicing, methods, encode/decode, int.from_bytes
raw = b"ab\x00\xff'" b'\t\n\\'
print(raw, len(raw), raw[1], raw[-1], raw[1:3], raw[::-2], list(raw[:3]))
print(b'"', b"'", b'both\'"', rb"\x00", B"X", bytes(3), bytes([1, 2, 255]), bytes("héllo", "utf-8"))
print(raw + b"!", b"ab" * 3, 0 in raw, b"\xff'" in raw, 7 in raw, raw == bytearray(raw))
print(type(raw).__name__, isinstance(raw, bytes), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
print(b"hello world".split(), b"a,b,,c".split(b","), b",".join([b"x", b"y"]), b"  pad  ".strip(), b"xxhixx".strip(b"x"))
print(b"hello".upper(), b"HeLLo".lower(), b"hello".replace(b"l", b"L"), b"hello".find(b"ll"), b"hello".count(b"l"), b"hello".index(111))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"\x01\xab".hex(), bytes.fromhex("de ad be ef"))
print("naïve".encode(), "naïve".encode("utf-8").decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(int.from_bytes(b"\x00\x00\x08\x03", "big"), int.from_bytes(b"\x03\x08", byteorder="little"), int.from_bytes(b"\xff", "big", signed=True))
print((2051).to_bytes(4, "big"), (1).to_bytes(2, byteorder="little"), (-1).to_bytes(2, "big", signed=True))


def set_first():
    raw[0] = 1


ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba.extend([103])
print(ba, len(ba), bytes(ba), ba[1:3], bytearray(2), bytearray([1, 2]))
for bad in [lambda: bytes("x"), lambda: bytes([256]), lambda: b"a" + "b", lambda: b"\xff".decode(), set_first,
            lambda: hash(bytearray(b"a")), lambda: bytes(-1), lambda: (300).to_bytes(1, "big"), lambda: ba.append(256)]:
    try:
        print(bad())
    except (TypeError, ValueError, UnicodeDecodeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
