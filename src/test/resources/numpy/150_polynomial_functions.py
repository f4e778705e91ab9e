# np.polyder, polyint, polymul, polyadd, polysub, polydiv: the function forms beside np.poly1d (U23)
import numpy as np

print(np.polydiv([1, -3, 2], [1, -1]))
print(np.polydiv([1, 0, -4], [1, 2]), np.polydiv([2, 3, 4, 5], [1, 1]))
print(np.polydiv([1, 2], [1, 2, 3]), np.polydiv(np.array([6.0]), [3]))
q, r = np.polydiv(np.poly1d([1, -3, 2]), [1, -1])
print(type(q).__name__, q, r, sep="\n")
print(np.polydiv([1, 3, 3, 1], [1, 1]), np.polydiv([3, 5, 1], [2, 1]))
print(np.polyder([1, 2, 3, 4]), np.polyder([1, 2, 3, 4], 2), np.polyder([1, 2, 3, 4], m=3), np.polyder([1, 2, 3, 4], 0))
print(np.polyder([5]), np.polyder(np.array([1.5, 2.5, 3.5])), np.polyder(np.poly1d([1, 1, 1])))
print(np.polyint([3, 2, 1]), np.polyint([3, 2, 1], 2), np.polyint([6, 2], k=5), np.polyint([1, 1], m=2, k=[1, 2]))
print(np.polyint([1, 1], m=3, k=2), np.polyint([4], 0), np.polyint(np.poly1d([3, 0, 0])))
print(np.polymul([1, 2], [1, 3]), np.polymul([1, 2, 3], [9, 5, 1]), np.polymul([0, 0, 1, 2], [2.5]))
print(np.polymul(np.poly1d([1, 1]), [1, -1]), np.polymul([3], 4))
print(np.polyadd([1, 2], [9, 5, 4]), np.polyadd([1.5], [1, 2, 3]), np.polyadd(np.poly1d([1, 2]), [1, 1]), np.polyadd(3, [1, 2]))
print(np.polysub([2, 10, -2], [3, 10, -4]), np.polysub([1], [1, 1, 1]), np.polysub(np.poly1d([1, 1]), np.poly1d([1, 1])))
print(np.polyval(np.polyint(np.polyder([1, 2, 3])), 2.0))
for bad in [lambda: np.polyder([1, 2], -1), lambda: np.polyint([1, 2], -1), lambda: np.polyint([1, 2], 3, k=[1, 2])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
