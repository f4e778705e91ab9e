d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
d["alpha"] = 0
print(list(d))
d.pop("alpha"); d["alpha"] = 1
print(list(d))
