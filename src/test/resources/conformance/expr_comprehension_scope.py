i = "outer"
squares = [i * i for i in range(3)]
print(i, squares)
total = sum(j for j in range(5))
print(total)
n = 3
print([n * k for k in range(n)], {k: n for k in "ab"})
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], [[row[i] for row in matrix] for i in range(2)])
