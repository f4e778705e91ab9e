def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    r = middle()
    return x, r
print(outer())
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = accumulate()
add("a"); add("b")
print(items)
