# A tuple that holds one tuple at every level: 2**20 occurrences of (1,), hashed and used as a key
u = (1,)
for i in range(20):
    u = (u, u)
print(hash(u))
d = {u: 1}
print(d[u])
v = (1,)
for i in range(20):
    v = (v, v)
print(u == v, d[v], hash(u) == hash(v))
print(len({u, v, (u, v)}))
