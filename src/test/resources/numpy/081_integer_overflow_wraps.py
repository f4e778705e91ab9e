# Finding #24: NumPy's integers wrap around on overflow (two's complement), they do not saturate:
# +, -, *, **, unary minus, abs, square, sum, prod, cumsum, cumprod, in every integer width; also
# np.arange of large integers keeps its length, and cumsum/prod of float32 round every step.
# (Only results that a double holds exactly: adjoint keeps int64 values as doubles, exact to 2^53.)
import numpy as np

big = np.array([2**62, -2**62, 2**32 + 1], dtype=np.int64)
print(big + big, big * 4, big[:2] - np.int64(2**62) - np.int64(2**62), -np.array([-2**63]), np.abs(np.array([-2**63])))
print(big * big, np.square(big), np.array([2**40]) ** 2, np.array([3 * 2**61]) * 4)
print(np.sum(np.array([2**62, 2**62, 2**62, 2**62, 5])), np.prod(np.array([2**32, 2**32, 3])), np.cumsum(np.array([2**62, 2**62, 2**62])))
print(np.cumprod(np.array([2**31, 2**31, 2**31, 7])), np.cumprod(np.arange(1, 8)))
print(np.array([60000], np.int32) * np.array([60000], np.int32), np.square(np.array([60000], np.int32)), np.array([4e9], np.uint32) * np.uint32(3))
print(np.array([200], np.uint8) * 2, np.array([100], np.int8) * np.int8(3), np.array([-3], np.int8) ** 5, np.array([2], np.uint8) ** 9)
print(np.negative(np.array([5], np.uint8)), -np.array([-128], np.int8), np.abs(np.array([-128], np.int8)), np.abs(np.array([250], np.uint8)))
print(np.array([2**31 - 1], np.int32) + 1, np.array([0], np.uint16) - 1, np.sum(np.array([200, 100], np.uint8)), np.prod(np.array([200, 100], np.uint8)))
print(np.cumsum(np.array([True, True, False])), np.array([[2**62, 2**62], [2**62, 2**10]]).sum(axis=0), np.array([2**62 + 2**31]).sum(dtype=np.int32))
x = np.array([2**62, 2**62], dtype=np.int64)
x += x
print(x, x.dtype)
print(np.arange(2**62, 2**62 + 50, 7).size, np.arange(5, -3, -2), np.arange(2**53, 2**53 + 6, 2), np.arange(3, 3), np.arange(-7, 8, 3))
print(np.array([2**63 - 1]), np.array([np.iinfo(np.int64).max]), np.iinfo(np.int64).min)
f = np.array([0.1, 0.2, 0.3, 0.7, 1e-8, 3.3], np.float32)
print(np.cumsum(f).tolist(), np.prod(f).item(), np.cumprod(f).tolist(), f.cumsum().dtype, np.cumprod(f).dtype)
print(np.cumprod(np.array([[1.5, 2], [3, 4]]), axis=1), np.cumprod(np.array([[1, 2], [3, 4]], np.uint8), axis=0).dtype)
