# Z16: CPython interns identifier-like string literals, shares equal constants of one compiled file and folds
# constant expressions, so `is` answers True there; the compiler warns of `is` with a literal (and of a
# missed comma: a literal called or subscripted) on stderr.
def run(mode="train"):
    if mode is "train":
        return "training"
    return "eval"
print(run(), run("train"))
s = "train"
print(s is "train")
k = 5
print(k is 5, None is None, True is True, (k + 1) is 6)
name = "".join(["tr", "ain"])
print(name is "train", name == "train")
n = 1000
m = 10 ** 3
print(n is m, n == m, "abc" is "abc", 256 is 256)
a = 257
b = 257
print(a is b)
c = 2.5
d = 2.5
print(c is d, "hello world" is "hello world")
x = [1, 2]
y = x[:]
print(x is y, x == y, x is not [], () is ())
print(f"train" is "train", "tr" + "ain" is "train", 2**200 is 2**200)
t = lambda: None()
u = [1, 2] [0, 1] if False else 0
v = {1, 2}[0] if False else 0
