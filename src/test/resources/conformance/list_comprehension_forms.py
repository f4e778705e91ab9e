print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([x * y for x in [1, 2] for y in [10, 20]])
print([[y for y in range(x)] for x in range(4)])
print([c for c in "hello" if c not in "l"])
x = "outer"
print([x for x in range(2)], x)
