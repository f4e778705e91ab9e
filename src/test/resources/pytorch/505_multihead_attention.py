# nn.MultiheadAttention as PyTorch 1.13 builds it: parameters (in_proj_weight drawn by xavier_uniform_
# after out_proj's Linear draws, the biases zero; q/k/v_proj_weight when kdim/vdim differ), self- and
# cross-attention, need_weights and average_attn_weights, float and bool attn_mask (a causal mask),
# key_padding_mask, batch_first, unbatched input, dropout on the weights in training; values,
# gradients, reprs and PyTorch's checks in its words.
import torch
import torch.nn as nn
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        r = f()
        print("OK", r[0].shape)
    except Exception as e:
        print(type(e).__name__, e)
torch.manual_seed(0)
mha = nn.MultiheadAttention(4, 2)
print(mha, [(n, tuple(p.shape)) for n, p in mha.named_parameters()])
print(mha.in_proj_weight[:3], mha.in_proj_bias, mha.out_proj.weight[0], mha.out_proj.bias)
print(mha.embed_dim, mha.num_heads, mha.head_dim, mha.dropout, mha.batch_first, mha.kdim, mha.vdim, mha._qkv_same_embed_dim, mha.bias_k, mha.add_zero_attn)
x = torch.randn(3, 2, 4, requires_grad=True)
out, w = mha(x, x, x)
print(out.shape, w.shape, out[2], w[1], type(out.grad_fn).__name__, type(w.grad_fn).__name__)
out.pow(2).sum().backward()
print(x.grad[0], mha.in_proj_weight.grad[5], mha.out_proj.bias.grad)
out, w = mha(x, x, x, average_attn_weights=False)
print(w.shape, w[0, 1])
out, w = mha(x, x, x, need_weights=False)
print(out[0], w)
causal = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
out, w = mha(x, x, x, attn_mask=causal)
print(out[1], w[0])
fmask = torch.tensor([[0., -1., 2.], [0.5, 0., 0.], [0., 0., -3.]])
out, w = mha(x, x, x, attn_mask=fmask)
print(out[1], w[1])
pad = torch.tensor([[False, False, True], [False, False, False]])
out, w = mha(x, x, x, key_padding_mask=pad)
print(out[0], w[0])
out, w = mha(x, x, x, key_padding_mask=pad, attn_mask=causal)
print(out[2], w[1])
out, w = mha(x, x, x, key_padding_mask=torch.tensor([[0., -1., 0.], [0., 0., 0.5]]))
print(out[2], w[1])
m3 = torch.zeros(4, 3, 3)
m3[1, 0, 2] = -1.0
print(mha(x, x, x, attn_mask=m3)[1][0])
# cross-attention: a query of another length, key and value the same tensor, then all three different
q = torch.randn(2, 2, 4)
kv = torch.randn(5, 2, 4)
out, w = mha(q, kv, kv)
print(out.shape, w.shape, out[1], w[0])
out, w = mha(q, kv, kv * 2)
print(out[0], w[1])
# unbatched
out, w = mha(x[:, 0], x[:, 0], x[:, 0])
print(out.shape, w.shape, out[1], w)
# batch_first
torch.manual_seed(1)
bf = nn.MultiheadAttention(6, 3, batch_first=True, bias=False)
print(bf, [n for n, _ in bf.named_parameters()], bf.in_proj_bias)
xb = torch.randn(2, 4, 6)
out, w = bf(xb, xb, xb)
print(out.shape, w.shape, out[1, 3], w[0, 2])
# kdim / vdim: separate projections
torch.manual_seed(2)
kd = nn.MultiheadAttention(4, 1, kdim=3, vdim=5)
print([(n, tuple(p.shape)) for n, p in kd.named_parameters()], kd._qkv_same_embed_dim)
out, w = kd(torch.randn(2, 1, 4), torch.randn(3, 1, 3), torch.randn(3, 1, 5))
print(out, w)
# dropout on the attention weights in training; none in eval mode
torch.manual_seed(3)
dm = nn.MultiheadAttention(4, 2, dropout=0.5)
o1, w1 = dm(x, x, x)
dm.eval()
o2, w2 = dm(x, x, x)
print(o1[0], w1[1], o2[0], w2[1])
print(torch.autograd.gradcheck(lambda a, b: mha(a, b, b, attn_mask=fmask[:, :3])[0], (torch.randn(3, 1, 4, requires_grad=True), torch.randn(3, 1, 4, requires_grad=True))))
# errors
t(lambda: nn.MultiheadAttention(5, 2))
t(lambda: mha(x, x, x, attn_mask=torch.zeros(2, 3)))
t(lambda: mha(x, x, x, attn_mask=torch.zeros(2, 3, 3)))
t(lambda: mha(x, x, x, key_padding_mask=torch.zeros(2, 2, dtype=torch.bool)))
t(lambda: mha(x, x, x, key_padding_mask=torch.zeros(2, 3, dtype=torch.long)))
t(lambda: mha(x, x[:2], x))
t(lambda: mha(x, x[:, :, :3], x[:, :, :3]))
t(lambda: mha(x[0, 0], x[0, 0], x[0, 0]))
t(lambda: mha(x, x[0], x[0]))
t(lambda: mha(torch.randn(3, 2, 6), torch.randn(3, 2, 6), torch.randn(3, 2, 6)))
