# An error inside a function is placed where it happened, named as CPython names it.
def mean(xs):
    return sum(xs) / len(xs)


print(mean([1, 2, 3]))
print(mean([]))
