# The recurrent layers' errors in PyTorch 1.13's words and types: constructor arguments (dropout,
# nonlinearity, proj_size), input and hidden-state shapes of RNN/LSTM/GRU (batched and unbatched),
# the cells' input and hidden checks; ends with the uncaught error of a wrong input size.
import warnings
import torch, torch.nn as nn
torch.set_default_dtype(torch.float64)
def t(f):
    try:
        r = f()
        print("OK", r.shape if hasattr(r, "shape") else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: nn.RNN(3, 4, dropout=1.5))
t(lambda: nn.RNN(3, 4, dropout=True))
t(lambda: nn.RNN(3, 4, nonlinearity="sigmoid"))
t(lambda: nn.GRU(3, 4, proj_size=2))
t(lambda: nn.RNN(3, 4, proj_size=2))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    nn.LSTM(3, 4, dropout=0.2)
    print(len(w), w[0].message)
rnn, lstm, gru = nn.RNN(3, 4), nn.LSTM(3, 4, num_layers=2), nn.GRU(3, 4, bidirectional=True)
x = torch.randn(5, 2, 3)
t(lambda: rnn(torch.randn(5, 2, 4)))
t(lambda: rnn(torch.randn(5, 2, 3, 1)))
t(lambda: rnn(torch.randn(3)))
t(lambda: rnn(x, torch.zeros(1, 3, 4)))
t(lambda: rnn(x, torch.zeros(2, 2, 4)))
t(lambda: rnn(x, torch.zeros(2, 4)))
t(lambda: rnn(x[:, 0], torch.zeros(1, 2, 4)))
t(lambda: gru(x, torch.zeros(1, 2, 4)))
t(lambda: gru(x[0], torch.zeros(2, 4)))
t(lambda: lstm(x, torch.zeros(2, 2, 4)))
t(lambda: lstm(x, (torch.zeros(2, 2, 4), torch.zeros(2, 2))))
t(lambda: lstm(x, (torch.zeros(1, 2, 4), torch.zeros(2, 2, 4))))
t(lambda: lstm(x, (torch.zeros(2, 2, 4), torch.zeros(2, 2, 5))))
t(lambda: lstm(x[:, 0], (torch.zeros(2, 2, 4), torch.zeros(2, 2, 4))))
t(lambda: lstm(x[:, 0], (torch.zeros(2, 4), torch.zeros(2, 4))))
t(lambda: rnn(torch.zeros(5, 2, 3, dtype=torch.long)))
c, lc = nn.RNNCell(3, 4), nn.LSTMCell(3, 4)
t(lambda: c(torch.randn(2, 5)))
t(lambda: c(torch.randn(2, 3), torch.zeros(3, 4)))
t(lambda: c(torch.randn(2, 3), torch.zeros(2, 5)))
t(lambda: c(torch.randn(2, 3, 1)))
t(lambda: lc(torch.randn(2, 3), (torch.zeros(2, 4), torch.zeros(2, 5))))
t(lambda: lc(torch.randn(2, 3), torch.zeros(2, 4)))
t(lambda: nn.GRUCell(3, 4)(torch.randn(3)[None], torch.zeros(4)))
t(lambda: nn.RNNCell(3, 4, nonlinearity="gelu")(torch.randn(1, 3)))
rnn(torch.randn(7, 1, 2))
