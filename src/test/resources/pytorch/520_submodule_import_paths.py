# The submodule paths tutorials import from (S10): torch.utils.data.sampler/dataset/dataloader,
# torch.distributions.<name>, torch.nn.modules(.loss, .module, ...), torch.optim.optimizer; each
# both as an import path and as an attribute of its package, holding the package's own objects.
import torch
torch.set_default_dtype(torch.float64)
from torch.utils.data.sampler import SubsetRandomSampler, Sampler, BatchSampler, RandomSampler, SequentialSampler, WeightedRandomSampler
from torch.utils.data.dataset import Dataset, TensorDataset, Subset, ConcatDataset, random_split
from torch.utils.data.dataloader import DataLoader, default_collate
from torch.distributions.normal import Normal
from torch.distributions.categorical import Categorical
from torch.distributions.bernoulli import Bernoulli
from torch.distributions.uniform import Uniform
from torch.distributions.multinomial import Multinomial
from torch.distributions.one_hot_categorical import OneHotCategorical
from torch.distributions.distribution import Distribution
from torch.nn.modules.loss import _Loss, MSELoss, CrossEntropyLoss
from torch.nn.modules.module import Module
from torch.nn.modules import Linear, ReLU, Sequential
from torch.nn.modules.linear import Linear as L2
from torch.nn.modules.activation import ReLU as R2
from torch.nn.modules.container import Sequential as S2
from torch.optim.optimizer import Optimizer
import torch.utils.data as data
import torch.nn as nn
import torch.distributions as D
print(SubsetRandomSampler is data.SubsetRandomSampler, data.sampler.SubsetRandomSampler is SubsetRandomSampler)
print(Dataset is data.Dataset, DataLoader is data.DataLoader, data.dataloader.DataLoader is DataLoader, data.dataset.TensorDataset is TensorDataset)
print(Normal is D.Normal, D.normal.Normal is Normal, D.categorical.Categorical is D.Categorical, Bernoulli is D.Bernoulli, Uniform is D.Uniform)
print(Multinomial is D.Multinomial, OneHotCategorical is D.OneHotCategorical, Distribution is D.Distribution)
print(MSELoss is nn.MSELoss, CrossEntropyLoss is nn.CrossEntropyLoss, Module is nn.Module, Linear is nn.Linear, L2 is nn.Linear, R2 is nn.ReLU, S2 is nn.Sequential)
print(nn.modules.loss.MSELoss is nn.MSELoss, nn.modules.Linear is nn.Linear, Optimizer is torch.optim.Optimizer)
print(issubclass(MSELoss, _Loss), isinstance(nn.L1Loss(), _Loss), issubclass(_Loss, Module), _Loss)
print(nn.ReLU, nn.Linear, nn.MSELoss, nn.Conv2d, nn.BatchNorm1d, nn.Dropout, nn.Embedding, nn.LayerNorm, nn.Flatten, nn.Sequential)
print(Normal.__module__, Categorical.__module__, SubsetRandomSampler.__module__, _Loss.__module__, nn.Tanh.__module__)
idx = list(range(10))
torch.manual_seed(0)
s = SubsetRandomSampler(idx[:6])
print(list(s))
loader = DataLoader(TensorDataset(torch.arange(10.)), batch_size=3, sampler=SubsetRandomSampler(idx[6:]))
print([b[0].tolist() for b in loader])
print(default_collate([torch.tensor([1., 2.]), torch.tensor([3., 4.])]))
print(Normal(0., 1.).log_prob(torch.tensor(0.5)), Categorical(probs=torch.tensor([0.25, 0.75])).entropy())
class MyLoss(_Loss):
    def forward(self, input, target):
        return ((input - target) ** 2).sum() if self.reduction == "sum" else ((input - target) ** 2).mean()
x, y = torch.tensor([1., 2., 4.]), torch.tensor([0., 2., 2.])
print(MyLoss()(x, y), MyLoss(reduction="sum")(x, y), MyLoss().reduction, MyLoss(size_average=False).reduction, MyLoss(reduce=False).reduction, MyLoss())
class WL(torch.nn.modules.loss._WeightedLoss):
    def forward(self, input, target):
        return (self.weight * (input - target).abs()).sum()
w = WL(weight=torch.tensor([1., 2., 3.]))
print(w(x, y), list(w.state_dict().keys()), w.reduction)
