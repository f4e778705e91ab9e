# locals(): a function's parameters and the names it has bound so far, as a new dict; globals() at top level
def f(a, b=2, *rest, **options):
    c = a + b
    before = sorted(locals())
    d = [c] * 2
    return before, locals()


print(f(1))
print(f(1, 3, 4, key="v"))


def outer():
    x = 1

    def inner(y):
        z = y * 2
        return locals()
    return inner(x)


print(outer())
snapshot = (lambda q: locals())(5)
print(snapshot)
g = locals()
print(g is globals(), "f" in locals(), sorted(k for k in locals() if len(k) == 1))


class C:
    size = 3
    names = sorted(k for k in locals() if not k.startswith("__"))


print(C.names)
