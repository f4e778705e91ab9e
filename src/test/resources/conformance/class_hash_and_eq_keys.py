class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return f"P({self.x})"
class Q(P):
    def __eq__(self, o):
        return False
class R:
    def __eq__(self, o):
        return True
class S:
    pass
class N(P):
    __hash__ = None
print(len({P(1), P(1), P(2)}), {P(1): "a", P(1): "b"}, hash(P(5)), hash(P(-1)), P(3) in {P(3)}, {P(i % 3) for i in range(9)})
print(len({S(), S()}), {(P(1), 2): 0}[(P(1), 2)])
for cls in (Q, R, N):
    try:
        {cls(1) if cls is not R else cls()}
    except TypeError as e:
        print("TypeError", e)
try:
    hash(R())
except TypeError as e:
    print("TypeError", e)
