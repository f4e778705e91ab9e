rows = [("alpha", 1.5, 10), ("beta", 22.25, 3), ("gamma", 333.125, 100)]
print(f"{'name':<8}{'value':>10}{'n':>5}")
for name, value, n in rows:
    print(f"{name:<8}{value:>10.2f}{n:>5d}")
print("-" * 23)
print("%-8s%10.2f%5d" % ("total", sum(r[1] for r in rows), sum(r[2] for r in rows)))
