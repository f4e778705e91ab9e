grid = [[i * 3 + j for j in range(3)] for i in range(3)]
print(grid)
print([row[1] for row in grid], [grid[i][i] for i in range(3)], sum(sum(r) for r in grid))
flat = [v for row in grid for v in row if v % 2 == 0]
print(flat)
t = [list(col) for col in zip(*grid)]
print(t)
