s = "banana"
print(s.find("an"), s.rfind("an"), s.find("z"), s.index("na"), s.count("a"), s.count("an"), s.count(""))
print(s.startswith("ban"), s.endswith("na"), s.startswith(("x", "b")), s.find("a", 2), s.find("a", 2, 3))
