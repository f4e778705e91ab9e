# *_like constructors keep the shape (and the type unless told).
import torch
torch.set_default_dtype(torch.float64)
data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)
x_ones = torch.ones_like(x_data)
print(f"Ones Tensor: \n {x_ones} \n")
x_rand = torch.rand_like(x_data, dtype=torch.float64)
print(x_rand.shape, x_rand.dtype)
print(torch.zeros_like(x_data, dtype=torch.float64))
print(torch.full_like(x_data, 9))
print(torch.empty_like(x_rand).shape)
shape = (2, 3,)
print(torch.ones(shape))
print(torch.zeros(shape).dtype)
