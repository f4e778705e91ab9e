# `return 1, *rest` (Python 3.8+, finding Z19): a starred item in the returned tuple.
def multi():
    return 1, *[2, 3]
def pad(xs):
    return *xs, 0
def gen():
    yield 1, *"ab"
print(multi(), pad([5, 6]), pad(()), list(gen()))
