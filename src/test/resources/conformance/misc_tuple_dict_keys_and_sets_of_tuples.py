grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid[(1, 2)], grid.get((5, 5), "-"), sorted(grid)[:3])
visited = {(0, 0), (1, 1)}
visited.add((0, 0))
print(len(visited), (1, 1) in visited)
