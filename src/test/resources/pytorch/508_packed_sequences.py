# torch.nn.utils.rnn as NLP tutorials use it with the recurrent layers: pad_sequence (batch_first,
# padding_value), pack_padded_sequence (sorted lengths, enforce_sorted=False, batch_first),
# pack_sequence, pad_packed_sequence (total_length), PackedSequence fields and repr, and RNN/LSTM/GRU
# fed a PackedSequence (h0 given or not, layers, bidirectional): outputs, final states, gradients.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence, pack_sequence, PackedSequence
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)
torch.manual_seed(0)
a, b, c = torch.randn(4, 3, requires_grad=True), torch.randn(2, 3, requires_grad=True), torch.randn(3, 3, requires_grad=True)
padded = pad_sequence([a, b, c])
print(padded.shape, padded[:, 1], type(padded.grad_fn).__name__)
print(pad_sequence([a, b, c], batch_first=True, padding_value=-1.0)[1])
print(pad_sequence([torch.tensor([1, 2, 3]), torch.tensor([4])], batch_first=True))
packed = pack_padded_sequence(padded, [4, 2, 3], enforce_sorted=False)
print(packed)
print(type(packed).__name__, isinstance(packed, tuple), packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices, type(packed.data.grad_fn).__name__)
back, lengths = pad_packed_sequence(packed)
print(back.shape, lengths, torch.equal(back, padded))
back, lengths = pad_packed_sequence(packed, batch_first=True, padding_value=9.0, total_length=6)
print(back.shape, back[1], lengths)
srt = pack_padded_sequence(pad_sequence([a, c, b], batch_first=True), torch.tensor([4, 3, 2]), batch_first=True)
print(srt.batch_sizes, srt.sorted_indices, srt.unsorted_indices, srt.data.shape)
ps = pack_sequence([a, b, c], enforce_sorted=False)
print(ps.batch_sizes, torch.equal(ps.data, packed.data))
# the layers on packed input
torch.manual_seed(1)
lstm = nn.LSTM(3, 2)
out, (h, c_n) = lstm(packed)
print(type(out).__name__, out.data.shape, out.batch_sizes, h.shape, h, c_n)
unpacked, lens = pad_packed_sequence(out)
print(unpacked[:, 1], lens)
# the same as each sequence alone
print(torch.allclose(lstm(b.unsqueeze(1))[1][0][0, 0], h[0, 1]), torch.allclose(lstm(a.unsqueeze(1))[0][:, 0], unpacked[:, 0]))
(unpacked.pow(2).sum() + h.sum()).backward()
print(a.grad[0], b.grad, lstm.weight_hh_l0.grad)
gru = nn.GRU(3, 2, num_layers=2, bidirectional=True, batch_first=True)
out, h = gru(ps, torch.randn(4, 3, 2))
print(out.data[:3], h[1], h[3])
rnn = nn.RNN(3, 2, nonlinearity="relu")
out, h = rnn(srt)
print(out.data, h)
print(torch.autograd.gradcheck(lambda x: pad_packed_sequence(gru(pack_padded_sequence(x, [3, 1], batch_first=True))[0], batch_first=True)[0], (torch.randn(2, 3, 3, requires_grad=True),)))
t(lambda: pack_padded_sequence(padded, [4, 2, 3]))
t(lambda: pack_padded_sequence(padded, [4, 3, 0]))
t(lambda: pack_padded_sequence(padded, [4, 3]))
t(lambda: lstm(srt, (torch.zeros(1, 2, 2), torch.zeros(1, 2, 2))))
t(lambda: nn.LSTM(4, 2)(packed))
