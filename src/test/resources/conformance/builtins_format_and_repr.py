print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(1234567, ","), format(0.5, "%"), format(7))
print(repr(1.0), repr([1.0, "a", None]), repr((1,)), repr({}), repr(set()), ascii("é"), repr(frozenset()))
