# A Python int beyond int64 is refused where PyTorch reads it as int64 (found by the session 3 review:
# adjoint used to clamp it silently to 9223372036854775807); in a float tensor it is a float.
import torch

for f in (lambda: torch.tensor(2**70), lambda: torch.tensor([1, 2**63]), lambda: torch.ones(1) + 10**30,
          lambda: torch.tensor([1]) * 2**64):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.tensor([1.5, 2**70]))
print(torch.tensor(2**62) // 2**61)
