# tqdm passes the items through; its bar goes to stderr (adjoint draws it only at a terminal)
from tqdm import tqdm, trange
from tqdm.auto import tqdm as auto_tqdm

batches = [([1, 2], [0, 1]), ([3, 4], [1, 0]), ([5, 6], [1, 1])]
total_loss = 0.0
for X, y in tqdm(batches, desc="epoch 1", leave=False):
    total_loss += sum(a * b for a, b in zip(X, y))
print("loss", total_loss)

for epoch in trange(2, desc="epochs"):
    bar = tqdm(batches, total=len(batches), leave=True)
    for i, (X, y) in enumerate(bar):
        bar.set_postfix(loss=0.5 / (i + 1), step=i)
        bar.set_description(f"epoch {epoch}")
    print(epoch, bar.n, bar.total, len(bar))

squares = [k * k for k in auto_tqdm(range(5))]
print(squares, list(trange(1, 7, 2)))

with tqdm(total=10, desc="manual") as pbar:
    for _ in range(4):
        pbar.update(2)
    pbar.update()
    print("done", pbar.n)

gen = (c for c in "abc")
print([c.upper() for c in tqdm(gen)])
tqdm.write("a line between bars")
