# copy.deepcopy of leaf tensors and of a dict of them (a saved "best weights" state) gives new
# leaves with their own data and the same requires_grad (py, session 4: the copy module).
import copy
import torch

torch.set_default_dtype(torch.float64)
w = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.zeros(2)
best = copy.deepcopy({"w": w, "b": b, "step": 3})
with torch.no_grad():
    w.mul_(10)
    b.add_(1)
print(best["w"], best["b"], best["step"], w, b)
print(best["w"].requires_grad, best["w"].is_leaf, best["b"].requires_grad, best["w"] is w)
pair = [w, w]
twin = copy.deepcopy(pair)
print(twin[0] is twin[1], torch.equal(twin[0], w))
