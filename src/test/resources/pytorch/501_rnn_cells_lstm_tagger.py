# nn.RNNCell, nn.LSTMCell and nn.GRUCell (parameters, values, grad_fn names, unbatched input,
# gradients), a cell unrolled by hand against the layer with the same weights, and the PyTorch
# tutorial "Sequence Models and Long Short-Term Memory Networks": an LSTM fed step by step and
# whole, then the LSTMTagger (Embedding -> LSTM -> Linear -> log_softmax) trained with NLLLoss and SGD.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
rc = nn.RNNCell(3, 4)
print(rc, [(n, tuple(p.shape)) for n, p in rc.named_parameters()], rc.bias_ih)
x = torch.randn(2, 3, requires_grad=True)
h = rc(x)
print(h, type(h.grad_fn).__name__)
h2 = rc(x, h)
h2.sum().backward()
print(x.grad, rc.weight_hh.grad)
rr = nn.RNNCell(3, 2, bias=False, nonlinearity="relu")
print(rr, rr.bias_ih, rr(x), rr.nonlinearity, type(rr(x).grad_fn).__name__)
lc = nn.LSTMCell(3, 2)
print(lc, [(n, tuple(p.shape)) for n, p in lc.named_parameters()])
hx, cx = lc(x)
print(hx, cx, type(hx.grad_fn).__name__, type(cx.grad_fn).__name__)
hx, cx = lc(x, (torch.ones(2, 2), torch.full((2, 2), 0.5)))
(hx.sum() * cx.sum()).backward()
print(hx, cx, lc.weight_ih.grad, lc.bias_hh.grad)
gc = nn.GRUCell(3, 2)
print(gc, gc.weight_ih.shape)
g = gc(x)
print(g, type(g.grad_fn).__name__, gc(x, g))
print(gc(x[0]).shape, lc(x[0])[1].shape, rc(x[0], torch.zeros(4)).shape, rc(x[0]))
print(torch.autograd.gradcheck(lambda a, b: gc(a, b), (x, torch.randn(2, 2, requires_grad=True))))
print(torch.autograd.gradcheck(lambda a: lc(a)[1], (x,)))
# the layer is the cell unrolled: same weights, same numbers
layer = nn.GRU(3, 2)
cell = nn.GRUCell(3, 2)
cell.load_state_dict({k[:-3]: v for k, v in layer.state_dict().items()})
seq = torch.randn(4, 2, 3)
hc = torch.zeros(2, 2)
outs = []
for t in range(4):
    hc = cell(seq[t], hc)
    outs.append(hc)
print(torch.allclose(torch.stack(outs), layer(seq)[0]), (torch.stack(outs) - layer(seq)[0]).abs().max() < 1e-12)
# the tutorial
torch.manual_seed(1)
lstm = nn.LSTM(3, 3)
inputs = [torch.randn(1, 3) for _ in range(5)]
hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))
for i in inputs:
    out, hidden = lstm(i.view(1, 1, -1), hidden)
inputs = torch.cat(inputs).view(len(inputs), 1, -1)
hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))
out, hidden = lstm(inputs, hidden)
print(out)
print(hidden)
def prepare_sequence(seq, to_ix):
    idxs = [to_ix[w] for w in seq]
    return torch.tensor(idxs, dtype=torch.long)
training_data = [
    ("The dog ate the apple".split(), ["DET", "NN", "V", "DET", "NN"]),
    ("Everybody read that book".split(), ["NN", "V", "DET", "NN"])
]
word_to_ix = {}
for sent, tags in training_data:
    for word in sent:
        if word not in word_to_ix:
            word_to_ix[word] = len(word_to_ix)
tag_to_ix = {"DET": 0, "NN": 1, "V": 2}
EMBEDDING_DIM = 6
HIDDEN_DIM = 6
class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super(LSTMTagger, self).__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)
    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        tag_scores = F.log_softmax(tag_space, dim=1)
        return tag_scores
model = LSTMTagger(EMBEDDING_DIM, HIDDEN_DIM, len(word_to_ix), len(tag_to_ix))
print(model)
loss_function = nn.NLLLoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)
with torch.no_grad():
    inputs = prepare_sequence(training_data[0][0], word_to_ix)
    tag_scores = model(inputs)
    print(tag_scores)
for epoch in range(60):
    for sentence, tags in training_data:
        model.zero_grad()
        sentence_in = prepare_sequence(sentence, word_to_ix)
        targets = prepare_sequence(tags, tag_to_ix)
        tag_scores = model(sentence_in)
        loss = loss_function(tag_scores, targets)
        loss.backward()
        optimizer.step()
    if epoch % 20 == 0:
        print(epoch, loss.item())
with torch.no_grad():
    inputs = prepare_sequence(training_data[0][0], word_to_ix)
    tag_scores = model(inputs)
    print(tag_scores, tag_scores.argmax(1))
