# T3: zip(strict=True) names the longer or shorter argument; a property without a setter, deleter or getter (3.11's words)
for args in [([1], [1, 2]), ([1], [1], [1, 2]), ([], [1]), ([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1], [], [1]), ([], [], [5]), ([1], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
class T:
    def get_p(self):
        return 1
    p = property(get_p)
    q = property()
    @property
    def r(self):
        return 2
for stmt in [lambda: setattr(T(), 'p', 2), lambda: delattr(T(), 'p'), lambda: setattr(T(), 'q', 1), lambda: setattr(T(), 'r', 1), lambda: T().q]:
    try:
        stmt()
    except AttributeError as e:
        print(e)
t = T()
try:
    t.r = 5
except AttributeError as e:
    print(e)
try:
    del t.r
except AttributeError as e:
    print(e)
print(t.p, t.r)
