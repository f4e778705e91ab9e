# Iterating over a tensor gives views of its rows; views of views share the same data.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(6.).reshape(3, 2)
for row in x:
    row.mul_(2)
print(x)
a, b, c = x
c.fill_(0)
print(x)
v = x.t()[1]
w = v[1:]
w.add_(100)
print(x, v, w, sep="\n")
print(x._version, v._version, w._version)
grid = torch.zeros(2, 2, 2)
grid[1][0][1] = 5
grid[0, 1].fill_(2)
print(grid)
