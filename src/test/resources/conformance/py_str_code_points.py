# Source: tester finding #76 (session 10): str counts code points, so a character above U+FFFF (an emoji) is one.
s = "a😀b"
print(len(s), len("😀"))
print(s[1], s[2], s[-1], repr(s[1:2]))
print(s[::-1], list(s), [c for c in s])
print(s.find("b"), s.index("b"), s.rfind("😀"), s.count("😀"))
print(ord("😀"), chr(128512), repr(chr(128512)))
print(s.center(7, "*"), s.ljust(5, "."), s.rjust(5, "."))
print(f"{s:>6}|", "{:^7}".format(s), "%6s|" % s)
print(repr(s), ascii(s))
print(list(reversed(s)))
print(s.split("😀"), s.partition("😀"))
print("😀".upper(), s.zfill(6), s.expandtabs())
print(s.encode("utf-8"), s.encode("utf-8").decode())
print(sorted("b😀a"), max("a😀"), min("😀a"))
print("😀" in s, s.startswith("a😀"), s.endswith("😀b"))
print(s.replace("😀", "x"), s.strip("a"), s.isprintable())
print(s[1:], s[:2], s[0:3:2])
for i, c in enumerate(s): print(i, c)
print(str.join("😀", "ab"), "😀" * 3, len("😀" * 3))
print(s.ljust(4, "😀"))
import string
print("x😀y".title(), "x😀y".swapcase(), "😀".isalpha())
print(hash("😀") == hash("😀"), {"😀": 1})
print("%c" % 128512, "{:c}".format(128512), f"{128512:c}")
s = "😀a😀b😀"
print(s.find("a", 1), s.find("b", 2, 4), s.rfind("😀", 0, 4), s.index("😀", 1), s.rindex("a"))
print(s.count(""), s.count("😀", 1), s.count("", 2, 4))
print(s.startswith("a", 1), s.endswith("b", 0, 4), s.startswith(("x", "😀a"), 0))
print(repr("ab".replace("", "😀")), repr(s.replace("", "|")), repr(s.replace("", "-", 2)))
print(s.strip("😀"), s.lstrip("😀a"), s.rstrip("b😀"))
print(repr(f"{s:.3}"), repr("%.2s" % s), repr("{:.1}".format(s)), repr(f"{s:*^9.2}"))
print("😀".center(4, "😀"), "x".ljust(3, "😀"), "x".rjust(3, "😀"), s.zfill(7))
print("\U0001d400bc".title(), "\U0001d400".isupper(), "\U0001d41a".islower(), "\U0001d400".lower())
print("\U00010400".lower(), "\U00010428".upper(), "\U00010400x".swapcase(), "\U00010428b".capitalize())
print("\uff01" < "😀", sorted(["😀", "\uff01", "a", "\ue000"]), max("\uff01😀"))
print("%c|%c" % (128512, "😀"), "{:c}".format(128512), f"{128512:c}")
print("a\tb😀\tc".expandtabs(4))
print(s.split("a"), s.rsplit("😀", 1), s.splitlines(), s.partition("a"), s.rpartition("😀"))
print(list(enumerate(s)), s[-1], s[-2:], s[::2], s[1::-1], s[10:], s[-10:2])
print(chr(0x1F600) == "\U0001F600", "\N{GRINNING FACE}", len("\N{GRINNING FACE}"))
print(s.encode(), len(s.encode()), s.encode("utf-16-le")[:4] if False else "")
print(str(len(s)).rjust(3), format(s, "<8") + "|", format(s, ">8") + "|")
print(s.isascii(), "😀".isprintable(), "😀".isidentifier(), "a😀".isalnum())
print(s.maketrans("😀", "x"), s.translate(str.maketrans("😀", "x")))
import re
m = re.search("b", s)
print(m.start(), m.span(), re.sub("😀", "-", s), re.split("a", s), re.findall(".", s))
print(repr(s[1:4]), s[1:4] == "a😀b", hash(s[1:2]) == hash("a"))
t = ""
for ch in s:
    t = ch + t
print(t, t == s[::-1])
x = {"😀": 1, "a": 2}
print(sorted(x), list(x))
print(f"{'😀':>3}|{'😀':<3}|{'😀':^3}|", "%-3s|%3s|" % ("😀", "😀"))
import json
print(json.dumps("😀"), json.dumps("😀", ensure_ascii=False), json.loads('"\\ud83d\\ude00"'))
print(["😀"], ("é😀",), {"k": "😀"})
from collections import Counter
print(Counter("a😀😀"))
print(set("😀") == {"😀"}, "😀" in "a😀", "\ud83d" in "😀" if False else "")
print(bytes("😀", "utf-8").decode("utf-8"), "😀".encode("utf-16"), "😀".encode("utf-32-le") if False else "")
import string
print(" 😀 ".split(), "a 😀 b".rsplit(None, 1))
print("{0!r:>6}|".format("😀"), f"{'😀'!a}")
print(str("😀"), len(str(["😀"])), "😀".join(["a", "b"]))
print("x".join("😀😀"), list(map(ord, "a😀")), "".join(map(chr, [97, 128512])))
print(int("٣"), "😀😀".count("😀"), "😀😀"[1:], "😀😀"[-1])
print(x := "😀", f"{x=}", f"{x!r:^7}")
b = "a😀".encode("utf-16")
print(b, b.decode("utf-16"), "a😀".encode("utf-16-le"), "a😀".encode("utf-16-be"))
print(b"a\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"\x00a".decode("utf-16-be"))
def f():
    s = "😀"; return s + 1 + "😀"
try:
    f()
except TypeError:
    import traceback
    print(traceback.format_exc().splitlines()[-2])
print("abc".find("", 3), "abc".find("", 4), "abc".count("", 4), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 5))
for bad in [lambda: "x".center(3, "ab"), lambda: "x".strip(3), lambda: "x".split(3), lambda: "x".rstrip(3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
