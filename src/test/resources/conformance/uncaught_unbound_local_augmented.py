# n += 1 in a function where n is a global and not declared global: CPython's UnboundLocalError
count = 0


def inc():
    global count
    count += 1


def counter():
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    return add


inc()
add = counter()
print(count, add(2), add(3))


class Box:
    size = 1
    size += 1


print(Box.size)


def bump():
    count += 1


try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))


def local_first():
    n = 1
    n += 1
    return n


print(local_first(), count)
bump()
