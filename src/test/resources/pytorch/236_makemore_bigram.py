# Karpathy's makemore part 1 (the bigram model): counting bigrams into an int32 table, normalising, the
# average negative log likelihood, then the same model as a one-layer network trained by gradient descent
# (a fixed list of names instead of names.txt; torch.manual_seed instead of torch.Generator; no sampling;
# int64 counts and .double() where the video has int32 and .float(): see tester-findings on dtypes)
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)

words = ['emma', 'olivia', 'ava', 'isabella', 'sophia', 'charlotte', 'mia', 'amelia', 'harper', 'evelyn',
         'abigail', 'emily', 'elizabeth', 'mila', 'ella', 'avery', 'sofia', 'camila', 'aria', 'scarlett']
print(len(words), min(len(w) for w in words), max(len(w) for w in words))

b = {}
for w in words:
  chs = ['<S>'] + list(w) + ['<E>']
  for ch1, ch2 in zip(chs, chs[1:]):
    bigram = (ch1, ch2)
    b[bigram] = b.get(bigram, 0) + 1
print(sorted(b.items(), key = lambda kv: -kv[1])[:5])

chars = sorted(list(set(''.join(words))))
stoi = {s:i+1 for i,s in enumerate(chars)}
stoi['.'] = 0
itos = {i:s for s,i in stoi.items()}
V = len(stoi)
print(V, itos[1], stoi['z'] if 'z' in stoi else None)

N = torch.zeros((V, V), dtype=torch.int64)
for w in words:
  chs = ['.'] + list(w) + ['.']
  for ch1, ch2 in zip(chs, chs[1:]):
    ix1 = stoi[ch1]
    ix2 = stoi[ch2]
    N[ix1, ix2] += 1
print(N[0], N.sum().item(), N.dtype)

p = N[0].double()
p = p / p.sum()
print(p)

P = (N+1).double()
P /= P.sum(1, keepdims=True)
print(P.shape, P[0].sum())

log_likelihood = 0.0
n = 0
for w in words:
  chs = ['.'] + list(w) + ['.']
  for ch1, ch2 in zip(chs, chs[1:]):
    ix1 = stoi[ch1]
    ix2 = stoi[ch2]
    prob = P[ix1, ix2]
    logprob = torch.log(prob)
    log_likelihood += logprob
    n += 1
print(f'{log_likelihood=}')
nll = -log_likelihood
print(f'{nll=}')
print(f'{nll/n}')

# create the training set of bigrams (x,y)
xs, ys = [], []
for w in words:
  chs = ['.'] + list(w) + ['.']
  for ch1, ch2 in zip(chs, chs[1:]):
    ix1 = stoi[ch1]
    ix2 = stoi[ch2]
    xs.append(ix1)
    ys.append(ix2)
xs = torch.tensor(xs)
ys = torch.tensor(ys)
num = xs.nelement()
print('number of examples: ', num)

torch.manual_seed(2147483647)
W = torch.randn((V, V), requires_grad=True)

xenc = F.one_hot(xs, num_classes=V).double()
print(xenc.shape, xenc.dtype)

for k in range(30):
  # forward pass
  xenc = F.one_hot(xs, num_classes=V).double() # input to the network: one-hot encoding
  logits = xenc @ W # predict log-counts
  counts = logits.exp() # counts, equivalent to N
  probs = counts / counts.sum(1, keepdims=True) # probabilities for next character
  loss = -probs[torch.arange(num), ys].log().mean() + 0.01*(W**2).mean()
  if k % 10 == 0:
    print(loss.item())

  # backward pass
  W.grad = None # set to zero the gradient
  loss.backward()

  # update
  W.data += -50 * W.grad
print(loss.item(), W.grad.abs().max().item() > 0, W.is_leaf)
print(probs[0].argmax().item(), itos[probs[0].argmax().item()])
