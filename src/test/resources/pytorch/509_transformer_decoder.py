# nn.TransformerDecoderLayer, nn.TransformerDecoder and nn.Transformer as PyTorch 1.13 builds them:
# self-attention over the target (a causal tgt_mask from generate_square_subsequent_mask), attention
# over the encoder's memory, feed-forward, post- or pre-norm, batch_first; nn.Transformer's
# parameters re-drawn by xavier_uniform_ (every matrix, in parameters() order) after its layers
# draw theirs; values, gradients, reprs, checks, and a few steps of a tiny seq2seq model.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        r = f()
        print("OK", r.shape)
    except Exception as e:
        print(type(e).__name__, e)
torch.manual_seed(0)
dec = nn.TransformerDecoderLayer(d_model=4, nhead=2, dim_feedforward=6, dropout=0.0)
print(dec)
print([n for n, _ in dec.named_parameters()])
tgt = torch.randn(3, 2, 4, requires_grad=True)
memory = torch.randn(5, 2, 4, requires_grad=True)
mask = nn.Transformer.generate_square_subsequent_mask(3)
print(mask)
out = dec(tgt, memory, tgt_mask=mask)
print(out.shape, out[2], type(out.grad_fn).__name__)
out.pow(2).sum().backward()
print(tgt.grad[0], memory.grad[4], dec.multihead_attn.in_proj_weight.grad[0])
kpm = torch.tensor([[False, False, False, True, True], [False] * 5])
print(dec(tgt, memory, memory_key_padding_mask=kpm, tgt_key_padding_mask=torch.tensor([[False, False, True], [False] * 3]))[1])
torch.manual_seed(1)
pre = nn.TransformerDecoderLayer(4, 1, 8, 0.0, activation="gelu", norm_first=True, batch_first=True)
print(pre(torch.randn(2, 3, 4), torch.randn(2, 2, 4))[0])
stack = nn.TransformerDecoder(dec, num_layers=2, norm=nn.LayerNorm(4))
print(stack.num_layers, len(stack.layers), stack(tgt, memory, tgt_mask=mask)[0])
# the whole model
torch.manual_seed(2)
model = nn.Transformer(d_model=4, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=8, dropout=0.0)
print(model.encoder.layers[1].linear1.weight[0], model.decoder.layers[0].multihead_attn.in_proj_weight[5], model.decoder.norm.weight)
print(len(list(model.parameters())), [n for n, _ in model.named_parameters()][-6:], model.d_model, model.nhead, model.batch_first)
src = torch.randn(5, 2, 4)
out = model(src, tgt, tgt_mask=mask)
print(out.shape, out[1])
bf = nn.Transformer(d_model=4, nhead=1, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=4, dropout=0.0, batch_first=True)
print(bf(torch.randn(2, 5, 4), torch.randn(2, 3, 4)).shape)
t(lambda: model(src, tgt[:, :1]))
t(lambda: model(src[..., :3], tgt))
# a few training steps of a tiny seq2seq model
torch.manual_seed(3)
class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(7, 8)
        self.core = nn.Transformer(8, 2, 1, 1, 16, dropout=0.1)
        self.out = nn.Linear(8, 7)
    def forward(self, s, t):
        m = nn.Transformer.generate_square_subsequent_mask(t.size(0))
        return self.out(self.core(self.emb(s), self.emb(t), tgt_mask=m))
net = Seq2Seq()
opt = torch.optim.Adam(net.parameters(), lr=0.01)
s = torch.randint(0, 7, (6, 3))
y = torch.randint(0, 7, (5, 3))
for step in range(3):
    opt.zero_grad()
    logits = net(s, y[:-1])
    loss = F.cross_entropy(logits.reshape(-1, 7), y[1:].reshape(-1))
    loss.backward()
    opt.step()
    print(step, loss.item())
