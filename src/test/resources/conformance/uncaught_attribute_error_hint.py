# An uncaught AttributeError with CPython's "Did you mean" hint after the message.
items = [3, 1, 2]
items.sort()
print(items)
items.appendd(4)
