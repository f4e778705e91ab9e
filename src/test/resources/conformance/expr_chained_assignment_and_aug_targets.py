a = b = c = [0]
a.append(1)
print(a, b, c)
x = y = 5
x += 1
print(x, y)
d = {"k": 1, "l": [1]}
d["k"] += 10
d["l"] += [2]
d["l"] *= 2
print(d)
class O: pass
o = O()
o.v = 1
o.v *= 7
print(o.v)
xs = [1, 2, 3]
xs[0] -= 5
xs[-1] **= 2
print(xs)
