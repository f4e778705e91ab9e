# copy.copy shares the items, copy.deepcopy copies all the way down (shared parts once, cycles kept).
import copy
from collections import defaultdict, deque, namedtuple

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 1
print(shallow, deep, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
config = {"lr": 0.1, "layers": [784, 100, 10]}
saved = copy.deepcopy(config)
config["layers"].append(5)
print(saved, config, copy.copy(config)["layers"] is config["layers"])
row = [1]
shared = [row, row]
twin = copy.deepcopy(shared)
print(twin[0] is twin[1], twin[0] is row)
loop = [1]
loop.append(loop)
again = copy.deepcopy(loop)
print(again, again[1] is again)
print(copy.copy((1, [2])), copy.deepcopy({1, 2}), copy.copy("text"), copy.deepcopy(3.5))


class Net:
    def __init__(self):
        self.weights = [0.5, -0.25]
        self.name = "net"


net = Net()
best = copy.deepcopy(net)
also = copy.copy(net)
net.weights[0] = 9
print(best.weights, also.weights, type(best).__name__, best is net)
counts = defaultdict(list, {"a": [1]})
c2 = copy.deepcopy(counts)
c2["b"].append(2)
print(counts, c2)
Point = namedtuple("Point", "x y")
print(copy.deepcopy(Point(1, [2])), copy.deepcopy(deque([1, [2]], maxlen=3)))
