# needle's hw2 leftovers against the course's reference values (CMU 10-414/714 hw2, tests/test_nn_and_optim.py,
# on the tests' seeded data): Linear with its (1, n) bias replaced by an (n,) tensor (needle's data setter takes
# any shape), BatchNorm1d's running_mean/running_var after 10 batches, a student's own Module inside nn.Sequential
# (check_training_mode: train()/eval() reach every module, Sequential.modules), and the op classes as
# constructors (EWiseAdd()(a, b)), checked against the operators.
import numpy as np
import needle as ndl
from needle import nn

def seeded(*shape, entropy=1):
    np.random.seed(int(np.prod(shape)) * len(shape) * entropy)
    return ndl.Tensor(np.random.randint(0, 100, size=shape) / 20, dtype="float32")

def close(got, want, tol=1e-5):
    np.testing.assert_allclose(np.asarray(got), np.array(want), rtol=tol, atol=tol)

np.random.seed(199)
f = nn.Linear(10, 5)
f.bias.data = seeded(5)
print(f.bias.shape)
close(f(seeded(1, 10)).cached_data, [[3.849948, 9.50499, 2.38029, 5.572587, 5.668391]])
close(f(seeded(1, 3, 10)).cached_data[0, 0], [4.351459, 8.782808, 3.935711, 3.03171, 8.014219])
x = seeded(1, 10)
(f(x) ** 2).sum().backward()
close(x.grad.cached_data[0, :4], [20.61148, 6.920893, -1.625556, -13.497676])
print("Linear with a (5,) bias: forward and backward")
bn = nn.BatchNorm1d(3)
for i in range(10):
    y = bn(seeded(4, 3, entropy=i))
close(bn.running_mean.cached_data, [2.020656, 1.69489, 1.498846])
close(bn.running_var.cached_data, [1.412775, 1.386191, 1.096604])
print("BatchNorm1d running_mean and running_var", type(bn.running_mean).__name__)

class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.stuff = {'layer1': nn.Linear(4, 4), 'layer2': [nn.Dropout(0.1), nn.Sequential(nn.Linear(4, 4))]}
    def forward(self, x):
        return self.stuff['layer1'](x)
model = nn.Sequential(nn.BatchNorm1d(4), nn.Sequential(nn.LayerNorm1d(4), nn.Linear(4, 4), nn.Dropout(0.1)), nn.Linear(4, 4), Holder())
refs = [model.modules[0], model.modules[1].modules[0], model.modules[1].modules[1], model.modules[1].modules[2], model.modules[2], model.modules[3],
        model.modules[3].stuff['layer1'], model.modules[3].stuff['layer2'][0], model.modules[3].stuff['layer2'][1].modules[0]]
flags = [0 if r.training else 1 for r in refs]
model.eval()
flags += [0 if r.training else 1 for r in refs]
model.train()
flags += [0 if r.training else 1 for r in refs]
print(flags == [0] * 9 + [1] * 9 + [0] * 9, model.modules[3] is refs[5])
print(model(seeded(2, 4)).shape, len(model.parameters()))

a, b = seeded(2, 3), seeded(2, 3, entropy=2)
print(np.allclose(ndl.ops.EWiseAdd()(a, b).numpy(), (a + b).numpy()), np.allclose(ndl.ops.PowerScalar(2)(a).numpy(), (a ** 2).numpy()))
print(ndl.ops.Summation(axes=(1,))(a).shape, ndl.ops.Summation()(a).shape, ndl.ops.Reshape((3, 2))(a).shape, ndl.ops.Transpose()(a).shape)
print(ndl.ops.AddScalar(2).scalar, isinstance((a + b).op, ndl.ops.EWiseAdd), type(ndl.ops.MulScalar(3)).__name__)
