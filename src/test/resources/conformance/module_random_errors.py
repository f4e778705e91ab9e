# random's errors, word for word.
import random

random.seed(0)
for f, args in [(random.choice, ([],)), (random.randrange, (0,)), (random.randrange, (5, 5)), (random.randrange, (1, 10, 0)),
                (random.randint, (5, 1)), (random.sample, ([1, 2], 3)), (random.randrange, (1.5,)), (random.getrandbits, (-1,)),
                (random.sample, ({1, 2}, 1)), (random.choices, ([1, 2], [1])), (random.seed, ([1],))]:
    try:
        f(*args)
    except (IndexError, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
