# operator.xor: Python's XOR of ints and bools (adjoint's ^ operator of two numbers is the lecture's power)
import operator
from functools import reduce


def single(nums):
    return reduce(operator.xor, nums, 0)


print(operator.xor(5, 1), operator.xor(6, 3), operator.xor(True, False), operator.xor(True, True))
print(single([4, 1, 2, 1, 2]), operator.xor(-7, 2 ** 70), operator.xor(0, -1))
print(operator.xor({1, 2}, {2, 3}), int.__xor__(12, 10), (12).__xor__(10))
