# An error inside code run by eval()/exec(): the traceback goes on into "<string>" (Z4).
def f(n):
    return eval("10 / n")
exec("def g():\n    return f(0)\n")
try:
    g()
except ZeroDivisionError as e:
    print("caught", e)
g()
