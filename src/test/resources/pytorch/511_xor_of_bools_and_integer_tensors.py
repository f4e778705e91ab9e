# ^ between two bools and between bool or integer tensors is XOR, as in Python and PyTorch
# (W43, session 17: adjoint's lecture notation x^2 had made them powers, so `if a ^ b:` took the
# other branch and mask ^ mask was wrong). Float tensors and numbers keep the lecture's power,
# which this program leaves out (PyTorch would refuse or XOR them). Recorded from PyTorch 1.13.
import torch

torch.set_default_dtype(torch.float64)

print(False ^ False, True ^ False, False ^ True, True ^ True)
print(["enters" if a ^ b else "skips" for a in (False, True) for b in (False, True)])
m1 = torch.tensor([True, False, True])
m2 = torch.tensor([True, True, False])
print(m1 ^ m2, m1 ^ True, torch.tensor([5, 6]) ^ torch.tensor([3, 3]), torch.tensor([5, 6]) ^ 2)
m3 = m1.clone()
m3 ^= m2
print(m3, torch.equal(m1 ^ m2, torch.logical_xor(m1, m2)))
i = torch.arange(8)
print((i & 1) ^ (i & 2), (i % 2 == 0) ^ (i < 4))
u = torch.tensor([200, 7], dtype=torch.uint8)
print(u ^ torch.tensor([255, 1], dtype=torch.uint8))
