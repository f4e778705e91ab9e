# mse_loss/l1_loss with a target of another shape warn as PyTorch does (tester's finding: adjoint
# broadcast silently, and the (N, 1) against (N) regression bug went unnoticed): a UserWarning at
# the caller's line, once per line as Python's default filter shows it (nn.MSELoss's from inside
# torch's loss.py). Caught here with warnings.catch_warnings(record=True), as stderr is not compared.
import warnings
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

pred = torch.tensor([[1.0], [2.0], [3.0]])
y = torch.tensor([1.0, 2.0, 4.0])
with warnings.catch_warnings(record=True) as caught:
    for epoch in range(3):
        loss = F.mse_loss(pred, y)
    print(loss)
    print(torch.nn.MSELoss()(pred, y), F.l1_loss(pred, y), F.mse_loss(pred.squeeze(1), y))
    print(torch.nn.L1Loss(reduction="sum")(pred.view(-1), y))
for w in caught:
    print(w.category.__name__, w.filename.endswith("torch/nn/modules/loss.py"), w.message)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        F.mse_loss(pred, y)
    except UserWarning as e:
        print("raised:", str(e)[:40])
