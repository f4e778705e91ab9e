from collections import deque as D
a = D([1, 2], maxlen=3)
print(a + D([3, 4]), a * 2, 2 * a, a * 0, a < D([1, 3]), a >= D([1, 2]), a == [1, 2], a == D([1, 2]), D() < D([0]), a != D([2]))
b = D([1]); b += [5, 6]; print(b); b *= 2; print(b); b += "xy"; print(b)
c = D([1, 2]); alias = c; c += c; print(c, alias is c); c *= 0; print(c)
print(D("ab", 2) + D("cde"), (a + D()).maxlen, list(reversed(a * 3)))
for bad in [lambda: a + [1], lambda: a < [1], lambda: a * 1.5, lambda: a - a]:
    try:
        bad()
    except TypeError as e:
        print(e)
