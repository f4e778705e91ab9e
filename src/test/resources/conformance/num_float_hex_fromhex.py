# float.hex() and float.fromhex() as CPython writes and reads them.
values = [5.0, 0.1, -0.0, 0.0, 1.5, -2.75, 1e308, 5e-324, 2.0 ** -1022, 2.0 ** -1030, 1 / 3,
          float("inf"), float("-inf"), float("nan")]
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))
for s in ["0x1.4p2", "1.4p2", "  -0x1p-3  ", "0X.8", "0xA", "1", "inf", "-Infinity", "NaN",
          "0x1.fffffffffffffp1023", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075", "0x1p-1074",
          "0x3p-1076", "+0x0p0", "-0x0.0p+0"]:
    print(repr(s), repr(float.fromhex(s)))
for bad in ["", "0x", "0x.p1", "1.4q2", "0x1p", "--1"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print("OverflowError:", e)
print((5.0).hex(), float.fromhex((5.0).hex()))
