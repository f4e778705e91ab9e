def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
n, m, v = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, m, v, stats([1.5, 2.5]))
