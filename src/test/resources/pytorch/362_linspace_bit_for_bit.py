# torch.linspace's float64 values to the last bit: 1.13 counts the first half from the start and
# the second from the end, each start + step*i in one rounding (a fused multiply-add), and inside
# each group of 8 values makes vectors of 4 as base + k*step. Printed with each value's last six hex
# digits, as the suite compares printed numbers to 1e-9 only.
import torch
torch.set_default_dtype(torch.float64)
def bits(v):
    return v.hex().split('p')[0][-6:]
for start, end, steps in [(-4, 4, 41), (0, 1, 11), (-1, 1, 5), (0, 2 * 3.141592653589793, 100), (-3.14159, 2.5, 17),
                          (1.5, -7.25, 23), (0, 1, 1), (2, 5, 2), (0, 10, 9)]:
    x = torch.linspace(start, end, steps)
    print(steps, x[steps // 2].item(), [bits(v) for v in x.tolist()])
print(torch.linspace(-4, 4, 41)[20], torch.linspace(0, 1, 0), torch.linspace(3, 5, 1))
