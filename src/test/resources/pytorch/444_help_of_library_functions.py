# S17: help() of Python's, NumPy's and PyTorch's functions as CPython's pydoc prints them
# (adjoint: recorded by scripts/fixtures/library_texts.py)
import math

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
help(torch.topk)
help(len)
help(math.hypot)
help(np.linspace)
help(F.relu)
x = torch.zeros(2)
help(x.sum)
help(print)
