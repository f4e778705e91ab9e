# nn.Embedding.from_pretrained (U26: freeze, padding_idx, max_norm, norm_type) and max_norm in nn.Embedding and
# F.embedding: the rows looked up renormalised in place first (PyTorch's embedding_renorm_).
import torch
from torch import nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
w = torch.tensor([[1., 2.], [3., 4.], [0.5, -0.25]])
e = nn.Embedding.from_pretrained(w)
print(e, e.weight.requires_grad, e(torch.tensor([1])), type(e.weight).__name__)
e2 = nn.Embedding.from_pretrained(w, freeze=False, padding_idx=0)
print(e2, e2.weight.requires_grad, e2.weight)
e3 = nn.Embedding.from_pretrained(w.clone(), max_norm=2.0)
print(e3)
print(e3(torch.tensor([[1, 0], [1, 2]])))
print(e3.weight, e3.weight._version)
e4 = nn.Embedding.from_pretrained(w.clone(), max_norm=1.5, norm_type=1.0, freeze=False)
print(e4, e4(torch.tensor([0, 2])), e4.weight)
w5 = w.clone()
print(F.embedding(torch.tensor([0, 1]), w5, max_norm=1.0), w5)
print(nn.Embedding(4, 3, max_norm=1.0), nn.Embedding(4, 3, norm_type=1.0), nn.Embedding(4, 3, scale_grad_by_freq=False))
for f in [lambda: nn.Embedding.from_pretrained(torch.ones(3)), lambda: nn.Embedding(2, 2, _weight=torch.ones(3, 2)),
          lambda: nn.Embedding.from_pretrained(w, padding_idx=5), lambda: nn.Embedding.from_pretrained(embeddings=w, freeze=True)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
ee = nn.Embedding.from_pretrained(w, freeze=False)
ee(torch.tensor([0, 0, 2])).sum().backward()
print(ee.weight.grad)
glove = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9], [0.0, 0.0, 0.0]])
class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(glove, freeze=True, padding_idx=3)
        self.fc = nn.Linear(3, 2)
    def forward(self, tokens):
        return self.fc(self.emb(tokens).mean(dim=1))
torch.manual_seed(0)
model = Classifier()
print(model, [n for n, p in model.named_parameters() if p.requires_grad])
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.5)
tokens = torch.tensor([[0, 1, 3], [2, 2, 1]])
for step in range(3):
    loss = F.cross_entropy(model(tokens), torch.tensor([0, 1]))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item(), model.emb.weight.grad)
