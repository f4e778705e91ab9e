n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
m = 6
m &= 3; m |= 8; m <<= 2; m >>= 1
print(m)
