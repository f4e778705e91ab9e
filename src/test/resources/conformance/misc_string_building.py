parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), "".join(parts).count("4"))
s = ""
for ch in "hello":
    s = ch + s
print(s, s.upper().center(11, "~"))
