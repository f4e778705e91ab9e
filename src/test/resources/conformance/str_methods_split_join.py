s = "  a,b,,c  "
print(s.split(","), s.strip().split(","), "a b   c".split(), "a b c".split(" ", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(3)))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
