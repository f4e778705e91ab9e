xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
w, b = 0.0, 0.0
lr = 0.01
for epoch in range(2000):
    dw = sum(2 * (w * x + b - y) * x for x, y in zip(xs, ys)) / len(xs)
    db = sum(2 * (w * x + b - y) for x, y in zip(xs, ys)) / len(xs)
    w -= lr * dw
    b -= lr * db
loss = sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)) / len(xs)
print(f"w={w:.4f} b={b:.4f} loss={loss:.6f}")
