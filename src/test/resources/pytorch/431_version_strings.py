# Finding #154: np.__version__ is a plain version string; torch.version exists (Debian's torch says 1.13.0a0, adjoint 1.13.0: the first six characters agree).
import torch, numpy as np
print(np.__version__, torch.__version__[:6])
print(tuple(int(p) for p in np.__version__.split('.')) >= (1, 20), np.__version__ >= '1.20')
print(torch.version.cuda, torch.version.hip, torch.version.__version__[:6])
from torch.version import cuda
print(cuda is None, torch.cuda.is_available())
