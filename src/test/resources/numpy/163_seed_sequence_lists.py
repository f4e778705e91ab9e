# SeedSequence and default_rng from a sequence of ints (NumPy concatenates each int's 32-bit words,
# lowest first), a range or an int array, and NumPy's errors for a negative, a float and a string.
# Recorded from NumPy 1.24.
import numpy as np
print(np.random.default_rng([1, 2, 3]).random(3), np.random.SeedSequence([1,2,3]).generate_state(2), np.random.default_rng([2**70, 5]).integers(0, 100, 3))
print(np.random.default_rng((0,)).random(), np.random.default_rng([0]).random(), np.random.default_rng(0).random(), np.random.default_rng(range(5)).random())
print(np.random.default_rng(np.array([7, 8])).random(), np.random.default_rng([]).random(), np.random.SeedSequence([1, 2]))
print(np.random.SeedSequence([3, 2**40]).entropy, np.random.default_rng(np.random.SeedSequence([9, 9])).random())
for bad in [lambda: np.random.default_rng([1, -2]), lambda: np.random.default_rng([1.5]), lambda: np.random.default_rng(1.5), lambda: np.random.SeedSequence("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
