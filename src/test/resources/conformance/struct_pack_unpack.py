# struct as binary headers use it: byte orders, counts, sizes, and its errors word for word
import struct

header = struct.pack(">IIII", 2051, 10000, 28, 28)
print(header, len(header), struct.unpack(">IIII", header), struct.unpack(">4I", header))
print(struct.calcsize(">4I"), struct.calcsize("bi"), struct.calcsize("=bi"), struct.calcsize("<qhc"), struct.calcsize("4s2x"), struct.calcsize("l"))
print(struct.pack("<hHbB?", -2, 65535, -128, 255, True), struct.pack(">d", 1.5), struct.pack("<f", 0.1))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">q", b"\xff" * 8), struct.unpack(">Q", b"\xff" * 8))
print(struct.unpack(">4s?xc", b"abcd\x01zq"), struct.unpack_from(">H", b"\x00\x01\x00\x02", 2), struct.unpack_from(">H", b"\x00\x01\x00\x02", offset=-2))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"))
s = struct.Struct(">II")
print(s.size, s.format, s.unpack(b"\x00\x00\x00\x01\x00\x00\x00\x02"), s.pack(3, 4))
for fmt, args in [(">I", (-1,)), (">B", (256,)), (">b", (200,)), ("<i", (2**31,)), (">H", (70000,)), ("@H", (-1,)), (">II", (1,)), (">I", (1.5,)),
                  (">f", ("x",)), (">q", (2**63,)), (">c", (b"ab",))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "struct.error:", e)
for f in [lambda: struct.unpack(">I", b"abc"), lambda: struct.calcsize(">Z"), lambda: struct.unpack_from(">I", b"ab", 1)]:
    try:
        f()
    except struct.error as e:
        print("struct.error:", e)
print(issubclass(struct.error, Exception))
