# Autograd mechanics / tensor views docs: view, basic subscripts, t(), transpose, squeeze and
# friends share their base's data, so an in-place change of either is seen by the other.
import torch
torch.set_default_dtype(torch.float64)
x = torch.arange(6.).reshape(2, 3)
v = x.view(3, 2)
r = x[0]
c = x[:, 1]
t = x.t()
u = x.unsqueeze(0)
f = x.flatten()
x.add_(1)
print(v, r, c, t, u, f, sep="\n")
r.mul_(10)
print(x)
print(x._version, v._version, r._version, c._version)
c.zero_()
print(x, t, sep="\n")
x[1] = -1
print(v, f, sep="\n")
t[0, 1] = 7
print(x)
print(x.is_contiguous(), t.is_contiguous(), c.is_contiguous(), r.is_contiguous())
y = torch.zeros(2, 2)
y[0] += 5
y.t()[1] -= 1
print(y)
w = torch.ones(2, 3)
w.transpose(0, 1)[2].fill_(4)
w.permute(1, 0)[0, 0] = 9
print(w)
s = torch.ones(1, 3)
q = s.squeeze(0)
q.copy_(torch.tensor([1.0, 2.0, 3.0]))
print(s)
