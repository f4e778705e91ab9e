# X46: json.dumps of NumPy scalars as logging code writes metrics: numpy.float64 is a float, so it
# is written as one (allow_nan applies); int64, float32 and bool_ are not JSON types, and the
# TypeError names the type as type(o).__name__. A torch item() is a plain Python number.
import torch
torch.set_default_dtype(torch.float64)
import json
import numpy as np

losses = [np.float64(0.25), np.float64(0.5)]
print(isinstance(np.mean(losses), float), json.dumps({'loss': np.mean(losses), 'all': losses}))
print(json.dumps([np.float64(-0.0), np.float64(1e16), np.float64(0.1), np.float64('nan'), np.float64('inf')]))
print(json.dumps({'t': torch.tensor(1.5).item(), 'n': torch.tensor([1, 2]).sum().item()}))
for v in [np.int64(3), np.float32(2.5), np.bool_(True), np.array([1.0])]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print('TypeError:', e)
try:
    json.dumps({'v': np.float64('inf')}, allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({'v': np.int64(7)}, default=int), json.dumps(np.float32(0.5), default=float))
