# eval(), exec() and compile() (finding Z4): the scopes they read and bind, as CPython 3.11's.
print(eval("1 + 2 * 3"), eval("x + 1", {"x": 5}), eval("  y*2", {}, {"y": 4}))
exec("z = 10\nprint(z * 2)")
print(z)

d = {}
exec("a = 1\ndef f(): return a + 1\nb = f()", d)
print(sorted(k for k in d if k != "__builtins__"), d["b"], "__builtins__" in d)
d["a"] = 41
print(d["f"]())  # the function reads the dict as it is now

def g():
    exec("q = 5")
    try:
        print(q)
    except NameError as e:
        print("NameError", e)
g()

l = {}
exec("m = 2\nn = m + 1", globals(), l)
print(l, "m" in globals())
exec("glob = 'set'", globals())
print(glob)

x = 3
def h():
    y = 10
    return eval("x + y"), eval("k + 1", {"k": 1}), eval("y", None, {"y": 7})
print(h())

class C:
    exec("attr = 12")
print(C.attr)

print(eval("[i*i for i in range(4)]"), eval(b"2 ** 10"), eval("__name__"), exec("pass"))
c = compile("3 * 4", "<string>", "eval")
print(eval(c), exec(c), type(c).__name__, c.co_filename, repr(c).startswith("<code object <module> at 0x"))
c2 = compile("w = 7\nw += 1", "myfile", "exec")
exec(c2)
print(w, eval(c2))
ns = {"__builtins__": __builtins__}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"], ns["math"].pi)
exec("def add(a, b):\n    return a + b")
print(add(2, 3), add.__code__.co_filename)
