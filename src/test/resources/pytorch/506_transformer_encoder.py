# nn.TransformerEncoderLayer and nn.TransformerEncoder as PyTorch 1.13 builds them (self-attention,
# feed-forward Linear-activation-Linear, LayerNorms, dropouts, post- or pre-norm, batch_first,
# activation 'relu'/'gelu'/a function), a causal src_mask and src_key_padding_mask; seeded values,
# dropout in training, gradients, reprs, a few Adam steps of a tiny encoder classifier.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0)
print(layer)
print([(n, tuple(p.shape)) for n, p in layer.named_parameters()])
print(layer.linear1.weight[0], layer.norm_first)
src = torch.randn(5, 2, 4, requires_grad=True)
out = layer(src)
print(out.shape, out[0], type(out.grad_fn).__name__)
out.pow(2).sum().backward()
print(src.grad[1], layer.self_attn.in_proj_weight.grad[0], layer.norm2.weight.grad)
mask = torch.triu(torch.full((5, 5), float("-inf")), diagonal=1)
print(mask)
print(layer(src, src_mask=mask)[4])
kpm = torch.tensor([[False, False, False, True, True], [False] * 5])
print(layer(src, src_key_padding_mask=kpm)[1])
torch.manual_seed(1)
pre = nn.TransformerEncoderLayer(4, 2, 6, 0.0, activation="gelu", norm_first=True, batch_first=True, layer_norm_eps=1e-6)
print(pre, pre.norm1.eps)
xb = torch.randn(2, 3, 4)
print(pre(xb)[1])
torch.manual_seed(2)
fn = nn.TransformerEncoderLayer(4, 1, 8, 0.0, activation=F.silu)
print(fn(src)[2])
# dropout in training, then eval
torch.manual_seed(3)
d = nn.TransformerEncoderLayer(4, 2, 8)
print(d.dropout, d.self_attn.dropout)
o1 = d(src)
d.eval()
o2 = d(src)
print(o1[0], o2[0])
# the encoder: num_layers copies of the layer
torch.manual_seed(4)
enc_layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0)
enc = nn.TransformerEncoder(enc_layer, num_layers=2)
print(enc.num_layers, len(enc.layers), enc.norm, [n for n, _ in enc.named_parameters()][:5], len(list(enc.parameters())))
print(torch.equal(enc.layers[0].linear1.weight, enc.layers[1].linear1.weight), enc.layers[0].linear1.weight is enc.layers[1].linear1.weight)
print(enc(src)[3], enc(src, mask=mask)[3])
normed = nn.TransformerEncoder(enc_layer, 1, norm=nn.LayerNorm(4))
print(normed, normed(src)[0])
# a tiny classifier trained a few steps
torch.manual_seed(5)
class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 8)
        self.enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, dropout=0.1, batch_first=True), 2)
        self.head = nn.Linear(8, 2)
    def forward(self, ids):
        return self.head(self.enc(self.emb(ids)).mean(1))
model = Classifier()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
ids = torch.randint(0, 10, (4, 6))
y = torch.tensor([0, 1, 0, 1])
for step in range(4):
    opt.zero_grad()
    loss = F.cross_entropy(model(ids), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
# a module's keyword arguments reach its forward
class Scaled(nn.Module):
    def forward(self, x, scale=1.0, *, shift=0.0):
        return x * scale + shift
print(Scaled()(torch.ones(2), scale=3.0), Scaled()(torch.ones(2), 2.0, shift=1.0), Scaled()(torch.ones(1)))
