s = "42"
print(int(s) + 1, float(s) / 8, str(3) + str(4.0), str(True), str(None), str([1, "a"]))
print(bool(""), bool("0"), len(""), "abc"[-1])
