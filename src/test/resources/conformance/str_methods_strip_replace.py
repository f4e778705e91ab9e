s = "xxhelloxx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), "  pad  ".strip(), s.replace("l", "L"), s.replace("x", "", 2))
print("banana".replace("a", "o", 2), "aaa".replace("", "-"))
