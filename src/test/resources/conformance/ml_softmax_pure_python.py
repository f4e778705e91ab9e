import math
def softmax(z):
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return [v / s for v in e]
p = softmax([1.0, 2.0, 3.0])
print([round(v, 6) for v in p], round(sum(p), 12))
print(-math.log(p[2]))
