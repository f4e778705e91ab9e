# `raise ... from None` hides the error being handled; a cause that was never raised is shown
# by its last line alone (it has no frames), then CPython's sentence.
def first(xs):
    try:
        return xs[0]
    except IndexError:
        raise ValueError("empty list") from None


try:
    first([])
except ValueError as e:
    print(e, e.__cause__, e.__context__ is not None, e.__suppress_context__)

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}") from ArithmeticError("n < 0")
    return n


print(check(2))
check(-1)
