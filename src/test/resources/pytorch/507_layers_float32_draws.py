# Without set_default_dtype the new layers' parameters are drawn from PyTorch's float32 stream, so a
# seeded tutorial model starts from PyTorch's numbers: RNN/LSTM/GRU and their cells, Conv1d,
# MultiheadAttention (out_proj's Linear first, then xavier_uniform_ of in_proj_weight).
import torch
import torch.nn as nn
torch.manual_seed(0)
lstm = nn.LSTM(2, 3)
print(lstm.weight_ih_l0.tolist()[:2], lstm.bias_hh_l0.tolist())
print(nn.GRU(2, 2, bidirectional=True).weight_hh_l0_reverse.tolist())
print(nn.RNNCell(2, 2).bias_ih.tolist(), nn.LSTMCell(1, 1).weight_hh.tolist(), nn.GRUCell(1, 2).bias_hh.tolist())
print(nn.Conv1d(2, 2, 2).weight.tolist(), nn.Conv1d(1, 1, 3).bias.tolist())
m = nn.MultiheadAttention(2, 1)
print(m.in_proj_weight.tolist(), m.out_proj.weight.tolist())
print(nn.RNN(2, 2, dtype=torch.float64).weight_ih_l0.tolist())
