# Exact ints far past a million bits: **, <<, math.factorial, math.perm (README: exact ints of any size)
import math

y = 3 ** 10**6
print(y % 1000, y.bit_length())
print((2 ** 10**7).bit_length(), (1 << 3_000_000).bit_length())
f = math.factorial(50000)
print(f.bit_length(), f % 1_000_000_007)
print(math.perm(30000, 20000) % 998244353, math.factorial(25) // math.factorial(23))
