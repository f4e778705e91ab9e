calls = 0
def tracked(fn):
    def wrapper(*a):
        global calls
        calls += 1
        return fn(*a)
    return wrapper
@tracked
def square(x):
    return x * x
ops = {"sq": square, "neg": lambda x: -x, "abs": abs}
print([ops[k](-3) for k in ("sq", "neg", "abs")], calls, sorted(ops))
