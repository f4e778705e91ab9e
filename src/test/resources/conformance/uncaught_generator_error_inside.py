# An error inside a generator's body reaches the loop that asked for the item.
def reciprocal(xs):
    for x in xs:
        yield 1 / x
for r in reciprocal([1, 2, 0, 4]):
    print(r)
