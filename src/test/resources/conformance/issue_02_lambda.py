f = lambda t: t*2
print(f(3), f("ab"))
