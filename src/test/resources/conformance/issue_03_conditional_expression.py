c = True
x = 3 if c else 4
y = 3 if not c else 4
print(x, y)
