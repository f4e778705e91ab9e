# itertools' errors, word for word as CPython 3.11's.
import itertools

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: itertools.islice([1], -1))
attempt(lambda: itertools.islice([1], 1, -1))
attempt(lambda: itertools.islice([1], 0, 1, 0))
attempt(lambda: itertools.combinations([1], -1))
attempt(lambda: itertools.permutations([1], -1))
attempt(lambda: itertools.count("a"))
attempt(lambda: list(itertools.chain(1)))
attempt(lambda: itertools.product([1], repeat=-1))
attempt(lambda: list(itertools.starmap(pow, [1])))
attempt(lambda: itertools.tee([1], -1))
attempt(lambda: itertools.chain()[0])
