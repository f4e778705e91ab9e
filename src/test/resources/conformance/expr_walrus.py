# The walrus operator := in conditions, loops, calls, displays and comprehensions (PEP 572's scoping).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)

# while with :=, the "read until a sentinel" idiom
chunks = iter([5, 2, 7, 0, 4])
total = 0
while (c := next(chunks)) != 0:
    total += c
print("total before the sentinel:", total, "last read:", c)

# in a comprehension, := binds in the enclosing scope, the loop variable does not leak
squares = [(last := x) * (last) for x in data]
print(squares, last)
try:
    x
except NameError as e:
    print(e)

# a running total inside a function: the name is the function's local
def running(xs):
    acc = 0
    sums = [acc := acc + x for x in xs]
    return sums, acc
print(running([1, 2, 3, 4]))

# filtering on a computed value, keeping it
def expensive(v):
    return v * 10
kept = [y for v in data if (y := expensive(v)) > 30]
print(kept, y)

# any() stops at the first hit: the name holds the witness
print(any((hit := v) > 5 for v in data), hit)
print(all((miss := v) < 9 for v in data), miss)

# call arguments, subscripts, displays, nesting
print(f"{(z := 6) * 7}", z)
print(data[(i := 2)], i)
print([a := 1, a + 1, (b := a * 10), b])
print({(s := "k"), s * 2} == {"k", "kk"})
print((p := (q := 2) + 1), p, q)

# in a lambda it binds the lambda's own local
f = lambda v: (w := v + 1) * w
print(f(3))
try:
    w
except NameError as e:
    print(e)

# nested comprehensions: the innermost := still binds outside them all
grid = [[(cell := r * 3 + col) for col in range(3)] for r in range(2)]
print(grid, cell)

# a number bound by := is a plain Python number
m = 0
if (m := m + 1):
    print(type(m).__name__, m)
