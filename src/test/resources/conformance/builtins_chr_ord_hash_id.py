print(chr(65), ord("A"), chr(8364), ord("€"), [chr(c) for c in range(97, 100)])
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), id(None) == id(None))
x = []
y = x
print(id(x) == id(y), x is y)
