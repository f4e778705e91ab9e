l = 0.123456
v = 2.0 / 3
print(f"loss {l:.4f}")
print("%.3f" % v)
