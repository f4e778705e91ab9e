# A comprehension's iterable may not contain :=.
print("never printed")
print([x for x in (xs := [1, 2, 3])])
