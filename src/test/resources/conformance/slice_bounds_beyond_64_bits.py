# Slice bounds beyond 64 bits (finding Z41): clipped, as CPython's slices read them, never an OverflowError.
print([1, 2, 3][10**20:], [1, 2, 3][-10**30:2], "abcdef"[::10**20], "abcdef"[::-10**20])
print([1, 2, 3][:10**40], (1, 2, 3)[-10**20:], b"xyz"[1:2**64])
xs = list(range(5))
xs[10**20:] = [9]
print(xs, range(10)[2:10**20], range(10)[-10**20:3])
