# PyTorch's quickstart (pytorch.org/tutorials/beginner/basics/quickstart_tutorial.html) chooses its
# device so; on a machine without CUDA or an Apple GPU it is the CPU.
import torch

device = (
    "cuda"
    if torch.cuda.is_available()
    else "mps"
    if torch.backends.mps.is_available()
    else "cpu"
)
print(f"Using {device} device")
print(torch.backends.mps.is_built() in (True, False))
