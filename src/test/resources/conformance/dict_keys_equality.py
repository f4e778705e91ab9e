d = {1: "int", 2.0: "float", True: "bool?", (1, 2): "tuple", "s": "str", None: "none"}
print(d)
print(d[1.0], d[2], d[(1, 2)], d[None])
print({1: "a"} == {1.0: "a"}, {"a": [1]} == {"a": [1]})
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
