# A block with no indented body is CPython's IndentationError, naming the statement's line.
for i in range(3):
print(i)
