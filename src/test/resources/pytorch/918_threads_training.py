# Hogwild-free training from threads: each thread trains its own small model with its own
# optimizer on data the main thread made, results put in a queue and read after join; print
# options set in the main thread hold in the threads (they are global in PyTorch).
import queue
import threading
import torch
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)

X = torch.randn(16, 3)
true_w = torch.tensor([[1.0], [-2.0], [0.5]])
Y = X @ true_w + 0.1
inits = [torch.nn.Linear(3, 1) for _ in range(3)]
results = queue.Queue()


def train(k, model):
    opt = torch.optim.SGD(model.parameters(), lr=0.1 * (k + 1))
    for step in range(20):
        opt.zero_grad()
        loss = ((model(X) - Y) ** 2).mean()
        loss.backward()
        opt.step()
    results.put((k, loss.item(), model.weight.detach().clone()))


threads = [threading.Thread(target=train, args=(k, m), name=f"trainer-{k}") for k, m in enumerate(inits)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out = sorted([results.get() for _ in range(3)], key=lambda r: r[0])
for k, loss, w in out:
    print(k, round(loss, 10), w)
print(results.empty(), [t.name for t in threads])

torch.set_printoptions(precision=2)
printed = []


def show():
    printed.append(str(torch.tensor([1.23456, 2.5])))


t = threading.Thread(target=show)
t.start()
t.join()
print(printed[0])
torch.set_printoptions(profile="default")
