d = {"a": 1}
print(d, d["a"])
