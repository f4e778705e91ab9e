xs = [3, 1, 2]
xs.append(4); xs.extend([5, 6]); xs.insert(0, 0); xs.insert(-1, 9); xs.insert(100, 7)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(3); print(xs, xs.index(2), xs.count(1))
xs.clear(); print(xs, len(xs))
