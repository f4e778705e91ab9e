total = 0
def add(n):
    global total
    total += n
    return total
add(5); add(7)
print(total)
def read_only():
    return total * 2
print(read_only())
