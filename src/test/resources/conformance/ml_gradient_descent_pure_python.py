def f(x):
    return (x - 3) ** 2 + 1
def df(x):
    return 2 * (x - 3)
x = 0.0
lr = 0.1
for step in range(50):
    x = x - lr * df(x)
    if step % 10 == 0:
        print(f"step {step:2d}: x={x:.6f} f={f(x):.6f}")
print(round(x, 6), f(x))
