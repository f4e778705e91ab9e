# Comparisons of narrow integer tensors with numbers and 0-d tensors convert the number to the tensor's
# type first, as PyTorch 1.13 does (session 12's review: uint8 == -1 was False, torch gives True).
import torch
u8=torch.tensor([1,0,255],dtype=torch.uint8); i8=torch.tensor([100,-100,7],dtype=torch.int8); i32=torch.tensor([1,2],dtype=torch.int32)
print(u8 == -1, u8 > -1, i8 < 1000, -1 == u8, 1000 > i8, i32 == 2**32+1, u8 == 256.0, u8 == True, torch.eq(u8, -1), u8.eq(-1))
print(u8 == torch.tensor(-1), i8 >= torch.tensor(1000), u8 != 511, u8 == torch.tensor([-1, 0, 255]))
